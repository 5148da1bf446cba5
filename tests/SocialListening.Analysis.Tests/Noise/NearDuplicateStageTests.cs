using SocialListening.Analysis.Noise;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Tests.Noise;

public sealed class NearDuplicateStageTests
{
    private const string Copypasta = "Mandarine m'a facturé 3 mois de trop et personne ne répond, partagez pour que ça bouge #MandarineRembourse";

    [Theory]
    [InlineData(Copypasta, Copypasta, true)]
    [InlineData(Copypasta, "RT @marie: " + Copypasta, true)]
    [InlineData(Copypasta, Copypasta + " @Mandarine_FR https://t.co/abc", true)]
    [InlineData(Copypasta, "MANDARINE m'a facturé 3 mois de trop et personne ne répond, partagez pour que ça bouge!! #MandarineRembourse", true)]
    [InlineData(Copypasta, "Le réseau Vireo est excellent à Lyon, 300 Mbps en 5G dans le métro ce matin", false)]
    [InlineData("panne réseau ce soir ?", "panne réseau ce soir ?", false)]
    public void Enrich_Copies_JoinTheStoryOfTheFirst(string first, string second, bool duplicate)
    {
        var stage = new NearDuplicateStage();
        var batch = new[] { Mention("a", first, 0), Mention("b", second, 1) };

        stage.Enrich(batch);

        Assert.False(batch[0].Enrichment.Duplicate);
        Assert.Equal("t/a", batch[0].Enrichment.StoryId);
        Assert.Equal(duplicate, batch[1].Enrichment.Duplicate);
        Assert.Equal(duplicate ? "t/a" : "t/b", batch[1].Enrichment.StoryId);
    }

    [Fact]
    public void Enrich_StoriesSpanBatches_AndEachStoryHasExactlyOneFirstMention()
    {
        var stage = new NearDuplicateStage();
        var batches = Enumerable.Range(0, 4)
            .Select(b => Enumerable.Range(0, 25).Select(i => Mention($"{b}-{i}", i % 5 == 0 ? Copypasta : $"Message numéro {b * 25 + i} sur le forfait {i} de Kalix, le prix {b} me va", b * 25 + i)).ToArray())
            .ToArray();

        Parallel.ForEach(batches, stage.Enrich);

        var all = batches.SelectMany(b => b).ToArray();
        var copies = all.Where(m => m.Text == Copypasta).ToArray();
        Assert.Equal(20, copies.Length);
        Assert.Single(copies, m => m.Enrichment.Duplicate == false);
        Assert.Single(copies.Select(m => m.Enrichment.StoryId).Distinct());
        Assert.All(all.Where(m => m.Text != Copypasta), m => Assert.False(m.Enrichment.Duplicate));
    }

    [Fact]
    public void Enrich_SameTextWeeksApart_IsANewStory()
    {
        var stage = new NearDuplicateStage();
        var batch = new[] { Mention("a", Copypasta, 0), Mention("b", Copypasta, 60 * 24 * 10) };

        stage.Enrich(batch);

        Assert.False(batch[1].Enrichment.Duplicate);
    }

    [Fact]
    public void Enrich_BurstOfCopiesFromLowReachAccounts_IsSpam_ButCopiesSpreadOverHoursAreNot()
    {
        var stage = new NearDuplicateStage(new NoiseOptions { BurstSize = 5, BurstWindow = TimeSpan.FromMinutes(10), LowReachFollowers = 100 });
        var burst = Enumerable.Range(0, 6).Select(i => Mention($"b{i}", Copypasta, i, followers: 3)).ToArray();
        var slow = Enumerable.Range(0, 6).Select(i => Mention($"s{i}", "Vireo a enfin réparé l'antenne de mon village, merci aux techniciens venus ce week-end", i * 120, followers: 3)).ToArray();
        var famous = Enumerable.Range(0, 6).Select(i => Mention($"f{i}", "Kalix lance un forfait 5G à 9 euros pour les étudiants cette semaine, offre valable jusqu'à dimanche", i, followers: 50_000)).ToArray();

        stage.Enrich(burst);
        stage.Enrich(slow);
        stage.Enrich(famous);

        Assert.All(burst, m => Assert.True(m.Enrichment.Spam));
        Assert.All(slow, m => Assert.False(m.Enrichment.Spam));
        Assert.All(famous, m => Assert.False(m.Enrichment.Spam));
    }

    [Fact]
    public void SimHash_IsStable_AndCloseForNearCopies()
    {
        var a = SimHash.Compute(Copypasta);
        var b = SimHash.Compute(Copypasta.Replace("3 mois", "4 mois", StringComparison.Ordinal));

        Assert.Equal(a, SimHash.Compute(Copypasta));
        Assert.InRange(SimHash.Distance(a, b), 1, 20);
        Assert.True(SimHash.Distance(a, SimHash.Compute("Rien à voir : le match de rugby de samedi était superbe, bravo aux joueurs")) > 10);
    }

    [Fact]
    public void Enrich_WithMemory_ACopyInALaterRunJoinsTheStoryOfAnEarlierRun_AndTheFirstMentionStaysFirst()
    {
        var memory = new ListMemory();
        var monday = new[] { Mention("a", Copypasta, 0), Mention("short", "panne réseau ce soir ?", 1) };
        new NearDuplicateStage(memory: memory).Enrich(monday);

        var tuesday = new[] { Mention("b", "RT @marie: " + Copypasta, 60 * 20), Mention("a", Copypasta, 0) };
        new NearDuplicateStage(memory: memory).Enrich(tuesday);

        Assert.Equal("t/a", Assert.Single(memory.Stories).Id);
        Assert.Equal(Mention("b", "", 60 * 20).PublishedAt, memory.Stories[0].LastSeen);
        Assert.True(tuesday[0].Enrichment.Duplicate);
        Assert.Equal("t/a", tuesday[0].Enrichment.StoryId);
        // Enriched again (a re-import, a resumed import): still the story's first mention.
        Assert.False(tuesday[1].Enrichment.Duplicate);
    }

    /// <summary>The simplest memory that keeps stories between two stages (the state.db one is tested in Ingestion).</summary>
    private sealed class ListMemory : Core.Analysis.IStoryMemory
    {
        public List<Core.Analysis.RememberedStory> Stories { get; } = [];

        public IReadOnlyList<Core.Analysis.RememberedStory> Recall() => [.. Stories];

        public void Remember(IReadOnlyCollection<Core.Analysis.RememberedStory> stories)
        {
            foreach (var story in stories)
            {
                Stories.RemoveAll(s => s.Id == story.Id);
                Stories.Add(story);
            }
        }
    }

    private static Mention Mention(string id, string text, int minute, long followers = 500) => new()
    {
        Id = id,
        Source = "t",
        Text = text,
        PublishedAt = new DateTimeOffset(2026, 11, 18, 18, 0, 0, TimeSpan.Zero).AddMinutes(minute),
        AuthorFollowers = followers,
    };
}
