using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialListening.Ingestion.Configuration;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class MisfireTests
{
    [Fact]
    public async Task A_run_missed_while_the_scheduler_was_down_fires_once_at_the_next_start()
    {
        await using var site = await FakeSite.StartAsync();
        site.Map("/feed", c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss));
        using var crawl = new CrawlHarness();
        var data = Path.Combine(crawl.Folder, "data");
        // One fire time only, 3 s from now: if it is missed, nothing but misfire handling can run it.
        var at = DateTimeOffset.Now.AddSeconds(3);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{at.Second} {at.Minute} {at.Hour} {at.Day} {at.Month} ? {at.Year}");
        var configuration = CrawlingConfigurationFile.Parse($$"""
            crawler: { contact_url: "https://example.org/bot", allow_private_networks: true, misfire_threshold_seconds: 1 }
            sources:
              - { name: once, kind: rss, url: "{{new Uri(site.BaseUri, "/feed")}}", schedule: "{{cron}}" }
            """);

        using (var first = crawl.Host(configuration, data))
        {
            await first.StartAsync(TestContext.Current.CancellationToken);
            await first.StopAsync(TestContext.Current.CancellationToken);
        }
        await Task.Delay(at - DateTimeOffset.Now + TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        Assert.Equal(0, site.Count("/feed"));
        using var second = crawl.Host(configuration, data);
        await second.StartAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (site.Count("/feed") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        await second.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, site.Count("/feed"));
        Assert.Equal(2, (await crawl.AllAsync("once")).Count);
    }
}
