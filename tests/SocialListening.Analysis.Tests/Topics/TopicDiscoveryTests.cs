using SocialListening.Analysis.Phrases;
using SocialListening.Analysis.Topics;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Tests.Topics;

public sealed class TopicDiscoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[][] Vocabularies =
    [
        ["panne", "réseau", "coupure", "antenne", "signal", "outage"],
        ["facture", "prélèvement", "remboursement", "frais", "billing", "refund"],
        ["rugby", "stade", "maillot", "match", "football", "supporters"],
    ];

    [Fact]
    public void Discover_SeparatedVocabularies_FindsOneTopicEach_AndFlagsTheGrowingOneAndTheGapOutsideTheTerritory()
    {
        var random = new Random(42);
        var documents = new List<TopicDocument>();
        for (var i = 0; i < 240; i++)
        {
            var topic = i % 3;
            // The outage topic only happens in the second half of the month.
            var day = topic == 0 ? 16 + random.Next(14) : random.Next(30);
            var words = Enumerable.Range(0, 6).Select(_ => Vocabularies[topic][random.Next(6)]);
            var theme = topic switch { 0 => "network", 1 => "price", _ => "sport" };
            documents.Add(new TopicDocument("Mandarine " + string.Join(' ', words), Start.AddDays(day), "fr", SocialListening.Core.Mentions.Sentiment.Neutral, [theme]));
        }
        var discovery = new TopicDiscovery(new PhraseExtractor(["Mandarine"]), ["Mandarine"], seed: 7);

        var topics = discovery.Discover(documents, 3, new HashSet<string> { "network", "price" }, Start, Start.AddDays(30));

        Assert.Equal(3, topics.Count);
        foreach (var vocabulary in Vocabularies)
        {
            var topic = Assert.Single(topics, t => t.Phrases.Count > 0 && vocabulary.Contains(t.Phrases[0].Split(' ')[0]));
            Assert.InRange(topic.Mentions, 70, 90);
            Assert.All(topic.Phrases.SelectMany(p => p.Split(' ')), w => Assert.Contains(w, vocabulary.Select(v => v.ToLowerInvariant())));
        }
        Assert.True(Assert.Single(topics, t => t.Emerging).Themes.ContainsKey("network"));
        var gap = Assert.Single(topics, t => t.TerritoryGap);
        Assert.True(gap.Themes.ContainsKey("sport"));
        Assert.Contains("Add the theme 'sport'", gap.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SameInputAndSeed_GivesTheSameTopics()
    {
        var documents = Enumerable.Range(0, 60)
            .Select(i => new TopicDocument(string.Join(' ', Vocabularies[i % 3].Skip(i % 4).Take(3)), Start.AddHours(i), "fr", null, []))
            .ToList();
        var discovery = new TopicDiscovery(new PhraseExtractor(), [], seed: 3);

        var first = discovery.Discover(documents, 3, new HashSet<string>(), Start, Start.AddDays(3));
        var second = discovery.Discover(documents, 3, new HashSet<string>(), Start, Start.AddDays(3));

        Assert.Equal(first.Select(t => (t.Label, t.Mentions)), second.Select(t => (t.Label, t.Mentions)));
    }
}
