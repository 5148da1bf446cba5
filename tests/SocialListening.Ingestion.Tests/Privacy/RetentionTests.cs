using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Sources;
using SocialListening.Ingestion.Tests.Crawling;
using SocialListening.Ingestion.Tests.Triage;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Ingestion.Tests.Privacy;

public sealed class RetentionTests : IDisposable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;
    private readonly ManualTime _time = new(Start);
    private readonly PrivacyHarness _h;

    public RetentionTests() => _h = new PrivacyHarness(_time);

    public void Dispose() => _h.Dispose();

    private static readonly RetentionPolicy NewsFor30Days = RetentionPolicy.Standard with
    {
        PerSource = new Dictionary<string, TimeSpan> { ["news"] = TimeSpan.FromDays(30) },
    };

    private RetentionRunner Runner(string? rejects = null) =>
        new(_h.Index, NewsFor30Days, _h.State, _h.Audit, _time, rejects is null ? [] : [rejects], NullLogger<RetentionRunner>.Instance);

    [Fact]
    public async Task Retention_deletes_each_sources_mentions_published_before_its_period_with_their_triage_rows_and_a_dry_run_deletes_nothing()
    {
        await _h.WriteAsync(
            PrivacyHarness.Mention("news", "n-old", null, Start.AddDays(-31)),
            PrivacyHarness.Mention("news", "n-new", null, Start.AddDays(-29)),
            PrivacyHarness.Mention("import", "i-old", null, Start.AddDays(-396)),
            PrivacyHarness.Mention("import", "i-year", null, Start.AddDays(-300)));
        _h.Triage.Record(new MentionKey("news", "n-old"), TriageAction.Resolve, null, null, "alice");
        _h.Triage.Record(new MentionKey("news", "n-new"), TriageAction.Acknowledge, null, null, "alice");
        var rejects = Directory.CreateDirectory(Path.Combine(_h.Folder, "rejects")).FullName;
        var oldRejects = Path.Combine(rejects, "old.jsonl.abcd1234.rejects.jsonl");
        File.WriteAllText(oldRejects, "{\"line\":1,\"record\":\"@someone ...\"}\n");
        File.SetLastWriteTimeUtc(oldRejects, Start.AddDays(-400).UtcDateTime);
        File.WriteAllText(Path.Combine(rejects, "new.jsonl.abcd1234.rejects.jsonl"), "{}\n");

        var dry = await Runner(rejects).RunAsync(dryRun: true, "test", TestContext.Current.CancellationToken);
        Assert.Equal((2L, 1L), (dry.Mentions, dry.RawFiles));
        Assert.Equal(4, (await _h.IdsAsync()).Length);
        Assert.Empty(_h.Audit.Entries());

        var run = await Runner(rejects).RunAsync(dryRun: false, "test", TestContext.Current.CancellationToken);

        Assert.Equal(["i-year", "n-new"], await _h.IdsAsync());
        var news = run.Sources.Single(s => s.Source == "news");
        Assert.Equal((1L, 1L, 30.0), (news.Mentions, news.Triage, news.Period.TotalDays));
        Assert.Equal((1L, 0L), (run.Sources.Single(s => s.Source == "import").Mentions, run.Sources.Single(s => s.Source == "import").Triage));
        Assert.Empty(_h.Triage.History(new MentionKey("news", "n-old")));
        Assert.Single(_h.Triage.History(new MentionKey("news", "n-new")));
        Assert.False(File.Exists(oldRejects));
        Assert.Single(Directory.GetFiles(rejects));
        Assert.Equal(["import", "news"], _h.Audit.Entries().Select(e => e.Source).Order(StringComparer.Ordinal));
        Assert.All(_h.Audit.Entries(), e => Assert.Equal(PrivacyAuditStore.Retention, e.Action));
    }

    [Fact]
    public async Task A_recrawl_of_posts_deleted_by_retention_does_not_bring_them_back_even_with_the_crawler_cursor_reset()
    {
        await using var site = await FakeSite.StartAsync();
        site.Map("/feed", c => FakeSite.Write(c, "application/rss+xml", Feed(("a-old", Start.AddDays(-20)), ("b-new", Start.AddDays(-2)))));
        var options = CrawlHarness.Fast(allowPrivate: true);
        using var http = new PoliteHttpClient(options, TimeProvider.System, NullLogger<PoliteHttpClient>.Instance);
        var services = new SourceServices(http, TimeProvider.System, NullLoggerFactory.Instance, _h.Current);
        var sink = new MentionSink(_h.Index, [], _h.Current, _time, _h.Gate(NewsFor30Days));
        var runner = new SourceRunner(_h.Index, sink, services, new CircuitBreaker(options, TimeProvider.System), NullLogger<SourceRunner>.Instance);
        var news = new SourceDefinition { Name = "news", Kind = "rss", Url = new Uri(site.BaseUri, "/feed").ToString(), RetentionDays = 30 };

        await runner.RunAsync(news, null, TestContext.Current.CancellationToken);
        Assert.Equal(2, (await _h.IdsAsync()).Length);

        _time.Advance(TimeSpan.FromDays(15));
        var run = await Runner().RunAsync(dryRun: false, "retention-job", TestContext.Current.CancellationToken);
        Assert.Equal(1, run.Mentions);
        // A lost or reset cursor (or a source that always re-lists its posts) fetches the old post again.
        await _h.Index.WriteAsync([], _ => new Dictionary<string, string?> { [SourceCursor.CheckpointKey("news")] = null }, TestContext.Current.CancellationToken);
        await runner.RunAsync(news, null, TestContext.Current.CancellationToken);

        var ids = await _h.IdsAsync();
        Assert.Single(ids);
        Assert.EndsWith("b-new", ids[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_gives_a_default_period_a_schedule_and_each_sources_own_period()
    {
        var configuration = CrawlingConfigurationFile.Parse("""
            retention:
              default_days: 180
              schedule: "0 0 4 * * ?"
            sources:
              - name: news
                kind: rss
                url: https://news.example/feed
                retention_days: 30
              - name: reviews
                kind: rss
                url: https://reviews.example/feed
            """);

        Assert.Equal(TimeSpan.FromDays(30), configuration.Retention.For("news"));
        Assert.Equal(TimeSpan.FromDays(180), configuration.Retention.For("reviews"));
        Assert.Equal(TimeSpan.FromDays(180), configuration.Retention.For("import"));
        Assert.Equal("0 0 4 * * ?", configuration.Retention.Schedule);
        Assert.Equal(TimeSpan.FromDays(395), CrawlingConfigurationFile.Parse("sources: []").Retention.For("import"));
        Assert.Null(CrawlingConfigurationFile.Parse("retention: { default_days: 0 }").Retention.For("import"));
    }

    [Theory]
    [InlineData("retention: { default_days: -1 }", "retention.default_days")]
    [InlineData("retention: { schedule: 'every night' }", "retention.schedule")]
    [InlineData("sources: [{ name: news, kind: rss, url: 'https://n.example/f', retention_days: 0 }]", "'retention_days' must be 1 or more")]
    public void A_wrong_retention_setting_is_reported_by_name(string yaml, string expected)
    {
        var error = Assert.Throws<SourceConfigurationException>(() => CrawlingConfigurationFile.Parse(yaml));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string Feed(params (string Id, DateTimeOffset Published)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + string.Concat(items.Select(i =>
            $"<item><title>Mandarine {i.Id}</title><link>https://news.example/{i.Id}</link><guid>https://news.example/{i.Id}</guid>" +
            $"<pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate><description>Panne chez Mandarine</description></item>")) +
        "</channel></rss>";
}
