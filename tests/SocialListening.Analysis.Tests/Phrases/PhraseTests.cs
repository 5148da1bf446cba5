using SocialListening.Analysis.Phrases;

namespace SocialListening.Analysis.Tests.Phrases;

public sealed class PhraseTests
{
    [Theory]
    [InlineData("Encore une panne réseau chez Mandarine ce soir", "panne réseau")]
    [InlineData("L'appli de Kalix plante dès qu'on ouvre la facture", "appli")]
    [InlineData("The customer service of Vireo never answers the phone", "customer service")]
    [InlineData("Ras-le-bol de Kalix #KalixRembourse", "#kalixrembourse")]
    public void Candidates_SplitAtStopWordsAndElisions_AndIgnoreBrandNames(string text, string expected)
    {
        var extractor = new PhraseExtractor(["Mandarine", "Kalix", "Vireo"]);

        var candidates = extractor.Candidates(text).Select(p => p.Text).ToList();

        Assert.Contains(expected, candidates);
        Assert.DoesNotContain(candidates, c => c.Contains("mandarine", StringComparison.Ordinal) || c.Contains("kalix ", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Split(' ').Any(w => w is "de" or "the" or "of" or "l" or "chez"));
    }

    [Fact]
    public void Rank_PutsTheLongestContentRunFirst()
    {
        var ranked = new PhraseExtractor().Rank("Le service client nul, attente interminable, et réseau", 2);

        Assert.Equal("service client nul", ranked[0].Text);
    }

    [Fact]
    public void Growing_FindsThePhraseThatRose_AndFoldsPartsIntoTheLongerPhrase()
    {
        var extractor = new PhraseExtractor(["Mandarine"]);
        var before = new PhraseStatistics(extractor);
        var now = new PhraseStatistics(extractor);
        for (var i = 0; i < 20; i++)
        {
            before.Add($"Mandarine forfait 5G numéro {i}");
            now.Add($"Mandarine forfait 5G numéro {i}");
        }
        for (var i = 0; i < 15; i++)
        {
            now.Add($"Encore une panne réseau Mandarine ce soir {i}");
        }

        var top = now.Top(5);
        var growing = now.Growing(before, 3);

        Assert.Equal("panne réseau", top[0].Phrase);
        Assert.Contains(top, p => p.Phrase == "forfait" && p.Mentions == 20);
        Assert.Contains(top, p => p.Phrase == "panne réseau" && p.Mentions == 15);
        Assert.DoesNotContain(top, p => p.Phrase == "panne");
        Assert.Equal("panne réseau", growing[0].Phrase);
        Assert.Equal(0, growing[0].Previous);
        Assert.DoesNotContain(growing, p => p.Phrase == "forfait");
    }
}
