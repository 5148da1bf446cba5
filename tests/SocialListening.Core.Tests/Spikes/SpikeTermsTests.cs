using SocialListening.Core.Spikes;

namespace SocialListening.Core.Tests.Spikes;

public sealed class SpikeTermsTests
{
    [Fact]
    public void Words_fold_accents_drop_elisions_stop_words_urls_and_handles()
    {
        var words = SpikeTerms.Words("L'opérateur a coupé le réseau ! Les abonnés @Mandarine_FR https://ex.org/panne #Panne");

        Assert.Equal(new[] { "abonnes", "coupe", "operateur", "panne", "reseau" }, words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Top_terms_are_the_words_that_rose_in_the_spike_not_the_usual_ones()
    {
        string[] baseline = [.. Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "Mandarine forfait mobile sympa" : "Mandarine service client lent")];
        string[] spike = ["Mandarine panne réseau ce soir", "Panne totale, plus de réseau Mandarine", "Encore une panne, forfait inutile", "service client injoignable, panne"];

        var top = SpikeTerms.Top(spike, baseline, count: 3, exclude: new HashSet<string> { "mandarine" });

        Assert.Equal("panne", top[0]);
        Assert.Contains("reseau", top);
        Assert.DoesNotContain("mandarine", top);
        Assert.DoesNotContain("forfait", top);
    }
}
