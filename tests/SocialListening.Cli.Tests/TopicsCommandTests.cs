using System.Text.Json;

namespace SocialListening.Cli.Tests;

public sealed class TopicsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-topics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task On_the_demo_phrases_explain_the_outage_topics_find_the_planted_themes_and_reviews_sum_up_the_stars()
    {
        var data = Path.Combine(_folder, "demo");
        var demo = await SlProcess.RunAsync(_folder, "demo", "--data", data, "--json");
        Assert.True(demo.Exit == 0, demo.Err);
        var config = JsonDocument.Parse(demo.Out).RootElement.GetProperty("config").GetString()!;

        var phrases = await SlProcess.RunAsync(_folder, "phrases", "brand:mandarine", "--from", "2026-11-18T18:00:00+01:00", "--to", "2026-11-18T23:00:00+01:00",
            "--data", data, "--config", config, "--json");
        var topics = await SlProcess.RunAsync(_folder, "topics", "--brand", "mandarine", "--data", data, "--config", config, "--json");
        var gap = await SlProcess.RunAsync(_folder, "topics", "--brand", "kalix", "--data", data, "--config", config, "--json");
        var reviews = await SlProcess.RunAsync(_folder, "reviews", "--data", data, "--config", config, "--json");

        Assert.True(phrases.Exit == 0, phrases.Err);
        var growing = JsonDocument.Parse(phrases.Out).RootElement.GetProperty("growing").EnumerateArray().Take(5).Select(p => p.GetProperty("phrase").GetString()!).ToArray();
        Assert.Contains(growing, p => p.Contains("panne", StringComparison.Ordinal));
        Assert.Contains(growing, p => p.Contains("réseau", StringComparison.Ordinal));

        Assert.True(topics.Exit == 0, topics.Err);
        var found = JsonDocument.Parse(topics.Out).RootElement;
        var labels = found.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("label").GetString()!).ToArray();
        Assert.Contains(found.GetProperty("emerging").EnumerateArray(), e => e.GetString()!.Contains("panne", StringComparison.Ordinal) || e.GetString()!.Contains("réseau", StringComparison.Ordinal));
        var themes = found.GetProperty("topics").EnumerateArray()
            .Select(t => t.GetProperty("themes").EnumerateObject().First().Name).ToHashSet();
        Assert.True(themes.IsSupersetOf(["network", "customer-service", "fibre"]), string.Join(" | ", labels));
        Assert.Contains(labels, l => l.Contains("rugby", StringComparison.Ordinal) || l.Contains("foot", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(data, "insights", "topics-mandarine.json")));

        Assert.True(gap.Exit == 0, gap.Err);

        Assert.True(reviews.Exit == 0, reviews.Err);
        var mandarine = JsonDocument.Parse(reviews.Out).RootElement.GetProperty("brands").EnumerateArray().Single(b => b.GetProperty("brand").GetString() == "mandarine");
        var overall = mandarine.GetProperty("overall");
        Assert.Equal(overall.GetProperty("reviews").GetInt32(), overall.GetProperty("stars").EnumerateArray().Sum(s => s.GetInt32()));
        Assert.InRange(overall.GetProperty("average").GetDouble(), 1, 5);
        Assert.InRange(overall.GetProperty("agreement").GetDouble(), 0.4, 1);
    }
}
