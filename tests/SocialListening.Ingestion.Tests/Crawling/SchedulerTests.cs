using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Scheduling;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class SchedulerTests
{
    [Fact]
    public async Task The_hosted_scheduler_runs_each_source_on_its_cron_from_a_persistent_sqlite_store()
    {
        await using var site = await FakeSite.StartAsync();
        site.Map("/feed", c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss));
        using var crawl = new CrawlHarness();
        var data = Path.Combine(crawl.Folder, "data");
        var configuration = CrawlingConfigurationFile.Parse($$"""
            crawler:
              contact_url: https://example.org/bot
              allow_private_networks: true
              per_host_rps: 100
            sources:
              - name: news
                kind: rss
                url: {{new Uri(site.BaseUri, "/feed")}}
                schedule: "* * * * * ?"
              - name: paused
                kind: rss
                url: {{new Uri(site.BaseUri, "/other")}}
                enabled: false
            """);
        using var host = crawl.Host(configuration, data);

        await host.StartAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (site.Count("/feed") < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlJob.Group), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(site.Count("/feed") >= 2, "the cron trigger fired at least twice");
        Assert.Equal(0, site.Count("/other"));
        Assert.Equal(["news"], jobs.Select(j => j.Name));
        Assert.Equal(2, (await crawl.AllAsync("news")).Count);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "scheduler.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = 'news'";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public void Configuration_mistakes_are_all_reported_with_the_entry_and_setting()
    {
        var error = Assert.Throws<Sources.SourceConfigurationException>(() => CrawlingConfigurationFile.Parse("""
            crawler:
              per_host_rps: 0
            sources:
              - name: Bad Name
                kind: rss
                url: ftp://x
              - name: m
                kind: mastodon
                url: https://mastodon.social
                schedule: every hour
              - name: m
                kind: tiktok
            """));

        Assert.Contains("crawler.per_host_rps", error.Message, StringComparison.Ordinal);
        Assert.Contains("sources[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'url' must be an absolute http(s) URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("sources[1]: (m) 'schedule' 'every hour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("params.hashtag or params.account", error.Message, StringComparison.Ordinal);
        Assert.Contains("sources[2]: the name 'm' is used twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kind' must be one of", error.Message, StringComparison.Ordinal);
    }
}
