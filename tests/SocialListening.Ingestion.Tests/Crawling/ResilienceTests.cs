using System.Diagnostics;
using System.Net;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class ResilienceTests : IAsyncLifetime
{
    private FakeSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await FakeSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private SourceDefinition Feed(string path) => new() { Name = "feed", Kind = "rss", Url = new Uri(_site.BaseUri, path).ToString() };

    private void ServeFeed(string path) => _site.Map(path, c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss));

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_then_retried()
    {
        using var crawl = new CrawlHarness();
        var calls = 0;
        _site.Map("/busy", c =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.StatusCode = 429;
                c.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }
            return FakeSite.Write(c, "application/rss+xml", Payloads.Rss);
        });
        var clock = Stopwatch.StartNew();

        var result = await crawl.RunAsync(Feed("/busy"));

        Assert.Equal(2, result.Added);
        Assert.Equal(2, calls);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_failing_host_is_retried_with_backoff_then_the_circuit_opens_after_repeated_failed_runs()
    {
        using var crawl = new CrawlHarness();
        _site.Map("/down", c => { c.Response.StatusCode = 503; return Task.CompletedTask; });

        for (var run = 0; run < crawl.Options.BreakerThreshold; run++)
        {
            var error = await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(Feed("/down")));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        }
        var skipped = await crawl.RunAsync(Feed("/down"));

        Assert.Equal(crawl.Options.BreakerThreshold * (crawl.Options.MaxRetries + 1), _site.Count("/down"));
        Assert.True(skipped.SkippedByBreaker);
    }

    [Fact]
    public async Task A_malformed_payload_fails_the_run_and_leaves_the_cursor_where_it_was()
    {
        using var crawl = new CrawlHarness();
        _site.Json("/xrpc/app.bsky.feed.searchPosts", "{\"posts\":[{\"uri\":");
        var source = new SourceDefinition { Name = "bsky", Kind = "bluesky", Url = _site.BaseUri.ToString(), Parameters = new Dictionary<string, string> { ["query"] = "x" } };

        await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(source));

        Assert.Empty(await crawl.AllAsync("bsky"));
        Assert.Null((await crawl.CursorAsync("bsky")).Since);
    }

    [Fact]
    public async Task The_cursor_advances_only_with_committed_pages_so_a_failed_run_resumes_without_gaps_or_duplicates()
    {
        using var crawl = new CrawlHarness();
        var broken = true;
        var ids = Enumerable.Range(1, 10).Select(i => (long)i).ToList();
        _site.Map("/api/v1/timelines/tag/x", c =>
        {
            var minId = long.TryParse(c.Request.Query["min_id"], out var m) ? m : (long?)null;
            if (minId >= 6 && broken)
            {
                c.Response.StatusCode = 500;
                return Task.CompletedTask;
            }
            var page = minId is null ? [2, 1] : ids.Where(i => i > minId).Order().Take(2).ToList();
            return FakeSite.Write(c, "application/json", Payloads.MastodonPage(page));
        });
        var source = new SourceDefinition { Name = "masto", Kind = "mastodon", Url = _site.BaseUri.ToString(), Parameters = new Dictionary<string, string> { ["hashtag"] = "x", ["limit"] = "2" } };
        await crawl.RunAsync(source);                                     // first run: newest page only (1, 2)... of the then-current listing

        await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(source)); // 3-4, 5-6 committed, then the host fails
        var cursorAfterFailure = await crawl.CursorAsync("masto");
        broken = false;
        var resumed = await crawl.RunAsync(source);

        Assert.Equal("6", cursorAfterFailure.LastId);
        Assert.Equal(4, resumed.Added);
        Assert.Equal(0, resumed.Updated);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), (await crawl.AllAsync("masto")).Select(m => m.Id).Order());
    }

    [Fact]
    public async Task Robots_txt_disallow_is_honoured_and_the_page_is_never_requested()
    {
        using var crawl = new CrawlHarness();
        _site.Map("/robots.txt", c => FakeSite.Write(c, "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /"));
        ServeFeed("/private/feed");
        ServeFeed("/public/feed");

        await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(Feed("/private/feed")));
        var allowed = await crawl.RunAsync(Feed("/public/feed"));

        Assert.Equal(0, _site.Count("/private/"));
        Assert.Equal(2, allowed.Added);
    }

    [Fact]
    public async Task A_site_whose_robots_txt_fails_is_not_crawled_until_it_can_be_read()
    {
        using var crawl = new CrawlHarness();
        var robotsDown = true;
        _site.Map("/robots.txt", c =>
        {
            c.Response.StatusCode = robotsDown ? 500 : 404;
            return Task.CompletedTask;
        });
        ServeFeed("/feed");

        var error = await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(Feed("/feed")));
        robotsDown = false;
        var later = await crawl.RunAsync(Feed("/feed"));

        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _site.Count("/feed"));
        Assert.Equal(2, later.Added);
    }

    [Fact]
    public async Task Requests_carry_the_descriptive_user_agent_with_the_contact_url()
    {
        using var crawl = new CrawlHarness();
        string? agent = null;
        _site.Map("/ua", c => { agent = c.Request.Headers.UserAgent; return FakeSite.Write(c, "application/rss+xml", Payloads.Rss); });

        await crawl.RunAsync(Feed("/ua"));

        Assert.Equal("SocialListeningBot/1.0 (+https://example.org/bot)", agent);
    }

    [Fact]
    public async Task A_response_over_the_size_limit_is_refused()
    {
        using var crawl = new CrawlHarness(CrawlHarness.Fast(allowPrivate: true) with { MaxResponseBytes = 1000 });
        _site.Map("/big", c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss + new string(' ', 5000)));

        var error = await Assert.ThrowsAsync<CrawlException>(() => crawl.RunAsync(Feed("/big")));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/feed")]
    [InlineData("http://localhost:{port}/feed")]
    [InlineData("http://[::1]:{port}/feed")]
    [InlineData("http://10.1.2.3/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task Private_and_loopback_targets_are_refused_by_default(string url)
    {
        using var crawl = new CrawlHarness(CrawlHarness.Fast(allowPrivate: false));
        ServeFeed("/feed");

        await Assert.ThrowsAsync<BlockedAddressException>(() => crawl.RunAsync(Feed("/") with { Url = url.Replace("{port}", _site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) }));

        Assert.Equal(0, _site.Count("/feed"));
    }

    [Theory]
    [InlineData("http://localhost:{port}/feed")]
    [InlineData("http://10.0.0.7/feed")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/feed")]
    public async Task A_redirect_to_a_private_address_is_refused(string target)
    {
        // Only the first host is allowed (by name); the hop it redirects to must pass the check on its own.
        using var crawl = new CrawlHarness(CrawlHarness.Fast(allowPrivate: false) with { AllowedPrivateHosts = ["127.0.0.1"] });
        var port = _site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _site.Map("/hop", c => { c.Response.StatusCode = 302; c.Response.Headers.Location = target.Replace("{port}", port, StringComparison.Ordinal); return Task.CompletedTask; });
        ServeFeed("/feed");

        await Assert.ThrowsAsync<BlockedAddressException>(() => crawl.RunAsync(Feed("/hop")));

        Assert.Equal(1, _site.Count("/hop"));
        Assert.Equal(0, _site.Count("/feed"));
    }

    [Fact]
    public async Task A_redirect_to_an_allowed_host_is_followed()
    {
        using var crawl = new CrawlHarness();
        _site.Map("/old", c => { c.Response.StatusCode = 301; c.Response.Headers.Location = "/feed"; return Task.CompletedTask; });
        ServeFeed("/feed");

        var result = await crawl.RunAsync(Feed("/old"));

        Assert.Equal(2, result.Added);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2a00:1450:4007:80f::200e", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.5.4", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    public void AddressGuard_tells_public_from_private(string address, bool isPublic) =>
        Assert.Equal(isPublic, AddressGuard.IsPublic(IPAddress.Parse(address)));
}
