using SocialListening.Analysis.Phrases;

namespace SocialListening.Analysis.Tests.Phrases;

public sealed class SpikePhrasesTests
{
    private static readonly string[] Baseline =
    [
        "Le service client de Mandarine a été rapide pour ma facture",
        "Super match hier soir, merci Mandarine pour les places",
        "Le réseau Mandarine est correct à Lyon",
        "Great match last night, thanks Mandarine for the tickets",
        "Mandarine billing was fine this month",
        "Nouvelle box Mandarine installée, le wifi marche bien",
    ];

    [Theory]
    [InlineData("Encore une panne réseau chez Mandarine, plus rien ne marche", "Panne réseau totale à Paris, Mandarine ne dit rien", "panne réseau")]
    [InlineData("Mandarine network outage again, no signal at all", "Huge network outage at Mandarine tonight", "network outage")]
    public void Growing_ShowsTheLongerPhraseThatHoldsTheGrowingWords(string a, string b, string expected)
    {
        var spike = Enumerable.Range(0, 6).SelectMany(_ => new[] { a, b }).Append("Le service client ne répond pas").ToArray();

        var phrases = new SpikePhrases(["Mandarine"]).Growing(spike, Baseline, 5, []);

        Assert.Equal(expected, phrases[0]);
        Assert.DoesNotContain(expected.Split(' ')[0], phrases);
        Assert.DoesNotContain(expected.Split(' ')[1], phrases);
        Assert.DoesNotContain("mandarine", phrases);
        Assert.Equal(phrases.Count, phrases.Distinct().Count());
    }

    [Fact]
    public void Growing_LeavesOutTheExcludedWords_AsTheSeriesKeyOfTheSpike()
    {
        var spike = Enumerable.Repeat("Panne réseau Mandarine à Lyon", 6).ToArray();

        var phrases = new SpikePhrases([]).Growing(spike, Baseline, 5, ["mandarine"]);

        Assert.Contains("panne réseau", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("mandarine", StringComparison.Ordinal));
    }

    [Fact]
    public void Growing_IsEmptyWhenNothingGrew()
    {
        Assert.Empty(new SpikePhrases([]).Growing(Baseline, [.. Baseline, .. Baseline], 5, []));
    }
}
