using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Scheduling;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>Sources added, paused, run and removed while the scheduler runs: the schedule follows at once.</summary>
public sealed class SourceControlTests
{
    [Fact]
    public async Task A_source_added_while_the_service_runs_is_scheduled_run_now_paused_and_removed_without_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await FakeSite.StartAsync();
        site.Map("/feed", c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss));
        using var crawl = new CrawlHarness();
        var data = Path.Combine(crawl.Folder, "data");
        var configuration = CrawlingConfigurationFile.Parse("""
            crawler:
              contact_url: https://example.org/bot
              allow_private_networks: true
              per_host_rps: 100
            """);
        using var host = crawl.Host(configuration, data);
        await host.StartAsync(ct);
        var control = host.Services.GetRequiredService<SourceControl>();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        // Once a year: only "run now" can make it crawl during the test.
        var feed = new SourceDefinition { Name = "news", Kind = "rss", Url = new Uri(site.BaseUri, "/feed").ToString(), Schedule = "0 0 0 1 1 ?" };

        var added = await control.AddAsync(feed, ct);
        Assert.True(control.Schedules);
        Assert.NotNull(added.NextRun);
        Assert.NotNull(await scheduler.GetJobDetail(SourceSchedule.JobKey("news"), ct));
        await Assert.ThrowsAsync<SourceConflictException>(() => control.AddAsync(feed, ct));

        await control.RunNowAsync("news", ct);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await crawl.AllAsync("news")).Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, ct);
        }
        Assert.Equal(2, (await crawl.AllAsync("news")).Count);

        var paused = await control.SetPausedAsync("news", true, ct);
        Assert.False(paused.Definition.Enabled);
        Assert.Null(paused.NextRun);
        Assert.Null(await scheduler.GetJobDetail(SourceSchedule.JobKey("news"), ct));
        await Assert.ThrowsAsync<SourceConflictException>(() => control.RunNowAsync("news", ct));

        Assert.NotNull((await control.SetPausedAsync("news", false, ct)).NextRun);
        await control.RemoveAsync("news", ct);
        Assert.Null(await scheduler.GetJobDetail(SourceSchedule.JobKey("news"), ct));
        Assert.Empty(await control.ListAsync(ct));
        await Assert.ThrowsAsync<SourceNotFoundException>(() => control.RunNowAsync("news", ct));
        await host.StopAsync(ct);

        // The next start sees what was stored, not only the configuration file.
        Assert.Empty(new SourceStateStore(data).Merge([]));
    }

    [Fact]
    public async Task Without_a_scheduler_changes_are_stored_for_the_next_start_and_run_now_says_where_to_run()
    {
        var ct = TestContext.Current.CancellationToken;
        using var crawl = new CrawlHarness();
        var state = new SourceStateStore(crawl.Folder);
        var configured = new SourceDefinition { Name = "configured", Kind = "rss", Url = "https://example.org/feed" };
        var control = new SourceControl(new SourceCatalog([configured], state), state);

        await control.AddAsync(new SourceDefinition { Name = "toots", Kind = "mastodon", Url = "https://mastodon.example", Parameters = new Dictionary<string, string> { ["hashtag"] = "mandarine" } }, ct);
        await control.SetPausedAsync("configured", true, ct);

        var merged = state.Merge([configured]);
        Assert.Equal(["configured", "toots"], merged.Select(s => s.Name));
        Assert.False(merged[0].Enabled);
        var conflict = await Assert.ThrowsAsync<SourceConflictException>(() => control.RunNowAsync("toots", ct));
        Assert.Contains("sl run", conflict.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SourceConflictException>(() => control.RemoveAsync("configured", ct));
        await Assert.ThrowsAsync<SourceConfigurationException>(() => control.AddAsync(new SourceDefinition { Name = "Bad Name", Kind = "rss", Url = "ftp://x" }, ct));
    }
}
