using Microsoft.Extensions.Logging.Abstractions;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class ReobservationTests
{
    [Fact]
    public async Task Recent_posts_get_fresh_counts_keep_their_text_and_their_growth_is_logged()
    {
        await using var site = await FakeSite.StartAsync();
        using var crawl = new CrawlHarness();
        var recent = DateTimeOffset.UtcNow.AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var old = DateTimeOffset.UtcNow.AddDays(-10).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        site.Json("/api/v1/timelines/tag/x", "[" + Payloads.MastodonStatus(11, createdAt: recent) + "," + Payloads.MastodonStatus(10, createdAt: old) + "]");
        var favourites = 100;
        site.Map("/api/v1/statuses/11", c => FakeSite.Write(c, "application/json",
            Payloads.MastodonStatus(11, createdAt: recent).Replace("\"favourites_count\":11", $"\"favourites_count\":{favourites}", StringComparison.Ordinal)));
        var source = new SourceDefinition { Name = "masto", Kind = "mastodon", Url = site.BaseUri.ToString(), Parameters = new Dictionary<string, string> { ["hashtag"] = "x" } };
        await crawl.RunAsync(source);
        var log = new EngagementLog(Path.Combine(crawl.Folder, "data"));
        var refresher = new EngagementRefresher(crawl.Index, crawl.Services, log, NullLogger<EngagementRefresher>.Instance);

        var first = await refresher.RefreshAsync(source, TimeSpan.FromHours(48), TestContext.Current.CancellationToken);
        favourites = 250;
        await refresher.RefreshAsync(source, TimeSpan.FromHours(48), TestContext.Current.CancellationToken);

        Assert.Equal(1, first);                           // the 10-day-old post is outside the window
        Assert.Equal(0, site.Count("/api/v1/statuses/10"));
        var mentions = await crawl.AllAsync("masto");
        var post = mentions.Single(m => m.Id == "11");
        Assert.Equal((250L, "La livraison #mandarine est en retard\nencore"), (post.Likes, post.Text));
        Assert.Equal(10L, mentions.Single(m => m.Id == "10").Likes);
        Assert.Equal(2, log.History(post).Observations.Count);
    }
}
