using SocialListening.Cli.Benchmarks;

namespace SocialListening.Cli.Tests;

public sealed class BenchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sl-bench-tests-" + Guid.NewGuid().ToString("N"));

    public BenchTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string DemoCorpus => Path.Combine(AppContext.BaseDirectory, "demo", "mentions.jsonl");

    [Fact]
    public void Synthetic_corpus_is_the_same_for_the_same_seed_and_varies_with_it()
    {
        var corpus = SyntheticCorpus.FromSamples(DemoCorpus);
        var a = corpus.Write(Path.Combine(_folder, "a.jsonl"), 300, 7, 300);
        var b = corpus.Write(Path.Combine(_folder, "b.jsonl"), 300, 7, 300);
        var c = corpus.Write(Path.Combine(_folder, "c.jsonl"), 300, 8, 300);

        Assert.Equal(File.ReadAllText(Path.Combine(_folder, "a.jsonl")), File.ReadAllText(Path.Combine(_folder, "b.jsonl")));
        Assert.NotEqual(a.Select(m => m.Text), c.Select(m => m.Text));
        Assert.Equal(300, File.ReadLines(Path.Combine(_folder, "a.jsonl")).Count());
        Assert.Equal(300, a.Select(m => m.Id).Distinct().Count());
        Assert.Contains(a, m => m.Source == "reviews" && m.Rating is not null);
        Assert.Contains(a, m => m.Lang is null);
        Assert.True(a.Select(m => m.Text).Distinct().Count() > 250, "texts should be varied");
    }

    [Fact]
    public void A_timing_says_how_many_cores_the_work_kept_busy_and_its_rates()
    {
        var timing = new Timing(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(17));

        Assert.Equal(1.7, timing.CoresBusy, 9);
        Assert.Equal(100, timing.PerSecond(1_000), 9);
        Assert.Equal(1_000 / 17.0, timing.PerCpuSecond(1_000), 9);
    }

    [Fact]
    public void The_median_of_passes_is_the_pass_of_middle_wall_time()
    {
        var walls = new Queue<int>([9, 2, 5]);
        var passes = 0;

        var median = Timing.Median(3, () =>
        {
            passes++;
            var seconds = walls.Dequeue();
            return new Timing(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds * 2));
        });

        Assert.Equal(3, passes);
        Assert.Equal(TimeSpan.FromSeconds(5), median.Wall);
        Assert.Equal(TimeSpan.FromSeconds(10), median.Cpu);
    }

    [Theory]
    [InlineData("SentimentStage", "sentiment")]
    [InlineData("LanguageStage", "language")]
    [InlineData("BrandThemeMatcher", "brand_theme_matcher")]
    public void StageKey_names_a_stage_by_its_type(string type, string key) => Assert.Equal(key, PipelineBenchmark.StageKey(type));

    [Fact]
    public void Report_rewrites_only_its_generated_section()
    {
        var path = Path.Combine(_folder, "benchmarks.md");
        File.WriteAllText(path, $"# Title\n\nhand-written\n\n{BenchReport.Begin}\nold figures\n{BenchReport.End}\n\nafter\n");

        BenchReport.Write(path, $"{BenchReport.Begin}\n<!-- count=5000 -->\nnew figures\n{BenchReport.End}\n");

        var text = File.ReadAllText(path);
        Assert.Contains("hand-written", text);
        Assert.Contains("after", text);
        Assert.Contains("new figures", text);
        Assert.DoesNotContain("old figures", text);
        Assert.Equal(5000, BenchReport.RecordedCount(path));
    }

    [Fact]
    public void Latency_percentiles_use_the_nearest_rank()
    {
        var latency = Latency.FromSamples("q", "query", Enumerable.Range(1, 100).Select(i => (double)i).ToArray());

        Assert.Equal(50, latency.P50);
        Assert.Equal(95, latency.P95);
        Assert.Equal(99, latency.P99);
        Assert.Equal(100, latency.Max);
    }

    [Fact]
    public void Headline_lines_are_name_equals_value()
    {
        var lines = BenchReport.HeadlineLines(new Dictionary<string, double> { ["ingest_per_s"] = 1234.4, ["search_p95_ms"] = 3.14159 }).ToArray();

        Assert.Equal(["ingest_per_s=1234", "search_p95_ms=3.14"], lines);
        Assert.All(lines, l => Assert.Matches("^[a-z0-9_]+=[0-9.]+$", l));
    }
}
