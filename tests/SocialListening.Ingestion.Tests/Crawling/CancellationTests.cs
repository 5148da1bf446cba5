using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Scheduling;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class CancellationTests
{
    [Fact]
    public async Task Interrupting_a_running_crawl_job_stops_it_between_commits_and_keeps_what_was_committed()
    {
        await using var site = await FakeSite.StartAsync();
        var served = 0;
        site.Map("/xrpc/app.bsky.feed.searchPosts", async c =>
        {
            var page = int.Parse(c.Request.Query["cursor"].FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            Interlocked.Increment(ref served);
            await Task.Delay(200);
            var posts = Enumerable.Range(0, 10).Select(i => Payloads.BlueskyPost(1000 - page * 10 - i,
                new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(1000 - page * 10 - i).ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            await FakeSite.Write(c, "application/json", "{\"posts\":[" + string.Join(",", posts) + $"],\"cursor\":\"{page + 1}\"}}");
        });
        using var crawl = new CrawlHarness();
        var configuration = CrawlingConfigurationFile.Parse($$"""
            crawler: { contact_url: "https://example.org/bot", allow_private_networks: true, per_host_rps: 100, job_store: memory }
            sources:
              - { name: slow, kind: bluesky, url: "{{site.BaseUri}}", schedule: "0 0 0 1 1 ? 2099", params: { query: x, max_pages: "1000" } }
            """);
        using var host = crawl.Host(configuration, Path.Combine(crawl.Folder, "data"));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);

        await scheduler.TriggerJob(new JobKey("slow", CrawlJob.Group), null, TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (Volatile.Read(ref served) < 4)
        {
            await Task.Delay(20, timeout.Token);
        }
        // Progress reaches the scheduler (written at most once a second), where a dashboard or the API can read it.
        FireInstance running;
        do
        {
            await Task.Delay(100, timeout.Token);
            running = Assert.Single((await scheduler.QueryFireInstances(new FireInstanceQuery(), timeout.Token)).Items);
        }
        while (running.ProgressMessage is null);
        await scheduler.Interrupt(new JobKey("slow", CrawlJob.Group), TestContext.Current.CancellationToken);
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var servedAfterInterrupt = Volatile.Read(ref served);
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Matches("^[0-9]+ batches, [0-9]+ new, 0 updated, 0 skipped$", running.ProgressMessage);
        Assert.Equal(servedAfterInterrupt, Volatile.Read(ref served));  // no page was fetched after the interruption settled
        var committed = (await crawl.AllAsync("slow")).Count;
        var cursor = await crawl.CursorAsync("slow");
        Assert.InRange(committed, 30, 60);
        Assert.Equal((committed / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), cursor.Page);
    }
}
