using SocialListening.Analysis.Risk;
using SocialListening.Core.Mentions;
using SocialListening.Core.Virality;

namespace SocialListening.Analysis.Tests.Risk;

public sealed class RiskStageTests
{
    private static readonly DateTimeOffset Posted = new(2026, 11, 18, 19, 0, 0, TimeSpan.Zero);

    private static ViralityPredictor ShippedVirality()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", "virality.json");
        if (!File.Exists(path))
        {
            path = Path.Combine(FindRoot(), "models", "virality.json");
        }
        using var stream = File.OpenRead(path);
        return new ViralityPredictor(ViralityModelFile.LoadAsync(stream).GetAwaiter().GetResult());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialListening.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("SocialListening.sln not found above the test binaries");
    }

    private static Mention M(string id, string text, double complaint, double sentiment, long followers, long shares) => new()
    {
        Id = id,
        Source = "test",
        Text = text,
        PublishedAt = Posted,
        CollectedAt = Posted.AddHours(1),
        AuthorFollowers = followers,
        Shares = shares,
        Likes = shares * 2,
        Enrichment = new Enrichment { ComplaintProbability = complaint, Complaint = complaint >= 0.5, SentimentScore = sentiment },
    };

    [Fact]
    public void A_fast_spreading_complaint_from_a_large_account_with_escalation_outranks_a_quiet_one_and_says_why()
    {
        var batch = new[]
        {
            M("quiet", "Toujours pas de réseau chez moi", 0.8, -0.6, 150, 0),
            M("loud", "Panne Mandarine depuis 3h, j'appelle la presse et mon avocat", 0.95, -0.9, 250_000, 600),
            M("praise", "Bravo Mandarine pour la 5G", 0.02, 0.9, 250_000, 600),
        };

        new RiskStage(ShippedVirality(), TimeProvider.System).Enrich(batch);

        var (quiet, loud, praise) = (batch[0].Enrichment, batch[1].Enrichment, batch[2].Enrichment);
        Assert.True(loud.Risk > quiet.Risk);
        Assert.True(quiet.Risk > praise.Risk);
        Assert.InRange(loud.Risk!.Value, 0.7, 1);
        Assert.Contains("escalation: press", loud.RiskReasons);
        Assert.Contains("escalation: lawyer", loud.RiskReasons);
        Assert.Contains("author reach 250k followers", loud.RiskReasons);
        Assert.Contains(loud.RiskReasons, r => r.StartsWith("predicted ", StringComparison.Ordinal) && r.EndsWith(" shares", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_virality_model_the_other_components_still_score()
    {
        var batch = new[] { M("a", "I'm cancelling my plan", 0.9, -0.8, 10, 0) };

        new RiskStage(null, TimeProvider.System).Enrich(batch);

        Assert.True(batch[0].Enrichment.Risk > 0.3);
        Assert.Contains("escalation: cancellation", batch[0].Enrichment.RiskReasons);
    }
}
