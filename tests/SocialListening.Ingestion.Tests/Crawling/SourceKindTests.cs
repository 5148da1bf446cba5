using System.Net;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class SourceKindTests : IAsyncLifetime
{
    private readonly CrawlHarness _crawl = new();
    private FakeSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await FakeSite.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _crawl.Dispose();
    }

    private SourceDefinition Source(string kind, string? url, params (string Key, string Value)[] parameters) => new()
    {
        Name = kind + "-test",
        Kind = kind,
        Url = url ?? _site.BaseUri.ToString(),
        Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
    };

    [Fact]
    public async Task Mastodon_maps_statuses_skips_malformed_ones_and_pages_forward_from_the_last_id()
    {
        var statuses = new List<long> { 101, 102, 103 };
        _site.Map("/api/v1/timelines/tag/mandarine", c =>
        {
            var minId = long.TryParse(c.Request.Query["min_id"], out var m) ? m : (long?)null;
            // Like Mastodon: without min_id the newest page, with it the page just after min_id.
            var page = minId is null ? statuses.OrderDescending().Take(2).ToList() : statuses.Where(i => i > minId).Order().Take(2).ToList();
            var body = "[" + string.Join(",", page.OrderDescending().Select(i => Payloads.MastodonStatus(i))) + (minId is null ? ",{\"id\":\"99\",\"content\":\"no date\"}" : "") + "]";
            return FakeSite.Write(c, "application/json", body);
        });
        var source = Source("mastodon", null, ("hashtag", "#mandarine"), ("limit", "2"));

        var first = await _crawl.RunAsync(source);
        statuses.AddRange([104, 105, 106]);
        var second = await _crawl.RunAsync(source);

        Assert.Equal((2, 1), (first.Added, first.Skipped));
        Assert.Equal(3, second.Added); // 104, 105 and 106 (102 and 103 were the first page)
        var mentions = await _crawl.AllAsync("mastodon-test");
        Assert.Equal(["102", "103", "104", "105", "106"], mentions.Select(m => m.Id).Order());
        var m = mentions.First(x => x.Id == "104");
        Assert.Equal("La livraison #mandarine est en retard\nencore", m.Text);
        Assert.Equal((4L, 5L, 2L, 1234L, "fr"), (m.Likes, m.Shares, m.Replies, m.AuthorFollowers!.Value, m.Lang));
        Assert.True(AuthorPseudonymiser.IsPseudonym(m.Author!));
        Assert.Equal("106", (await _crawl.CursorAsync("mastodon-test")).LastId);
        Assert.Contains(_site.Requests, r => r.Contains("min_id=103", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bluesky_walks_the_search_pages_then_asks_only_for_newer_posts()
    {
        _site.Map("/xrpc/app.bsky.feed.searchPosts", c => FakeSite.Write(c, "application/json", c.Request.Query["cursor"] == "p2"
            ? "{\"posts\":[" + Payloads.BlueskyPost(1) + "]}"
            : "{\"posts\":[" + Payloads.BlueskyPost(3) + "," + Payloads.BlueskyPost(2) + ",{\"uri\":\"at://bad\"}],\"cursor\":\"p2\"}"));
        var source = Source("bluesky", null, ("query", "mandarine"));

        var result = await _crawl.RunAsync(source);
        await _crawl.RunAsync(source);

        Assert.Equal((3, 1), (result.Added, result.Skipped));
        var post = (await _crawl.AllAsync("bluesky-test")).Single(m => m.Id.EndsWith("3k3", StringComparison.Ordinal));
        Assert.Equal((30L, 4L, 1L), (post.Likes, post.Shares, post.Replies));
        Assert.Equal("https://bsky.app/profile/user3.bsky.social/post/3k3", post.Url);
        Assert.Contains(_site.Requests, r => r.Contains("since=2026-11-23T08%3A00%3A00.000Z", StringComparison.Ordinal));
        Assert.Null((await _crawl.CursorAsync("bluesky-test")).Page);
    }

    [Fact]
    public async Task Reddit_stops_paging_at_the_posts_of_the_previous_run()
    {
        var now = 1_795_000_000d;
        _site.Map("/r/france/new.json", c => FakeSite.Write(c, "application/json", c.Request.Query["after"] == "t3_b"
            ? Payloads.RedditListing(null, Payloads.RedditChild("a", now - 100))
            : Payloads.RedditListing("t3_b", Payloads.RedditChild("c", now), Payloads.RedditChild("b", now - 50), "{\"kind\":\"t3\"}")));
        var source = Source("reddit", null, ("subreddit", "r/france"));

        var first = await _crawl.RunAsync(source);
        var requestsAfterFirst = _site.Count("/r/france");
        var second = await _crawl.RunAsync(source);

        Assert.Equal((3, 1), (first.Added, first.Skipped));
        Assert.Equal(2, requestsAfterFirst);
        Assert.Equal(0, second.Added);
        Assert.Equal(3, _site.Count("/r/france")); // the second run stopped at its first page
        var post = (await _crawl.AllAsync("reddit-test")).Single(m => m.Id == "t3_c");
        Assert.Equal(("Mandarine : facture en double", 42L, 7L, 1L), (post.Title!, post.Likes, post.Replies, post.Shares));
        Assert.StartsWith("Mandarine : facture en double\nDeux prélèvements", post.Text, StringComparison.Ordinal);
        Assert.Equal("https://www.reddit.com/r/france/comments/c/mandarine/", post.Url);
    }

    [Fact]
    public async Task App_store_reviews_keep_their_rating_and_votes()
    {
        _site.Json("/fr/rss/customerreviews/page=1/id=42/sortby=mostrecent/json", Payloads.AppStoreFeed(Payloads.AppStoreEntry(2, 1), Payloads.AppStoreEntry(1, 5)));
        _site.Json("/fr/rss/customerreviews/page=2/id=42/sortby=mostrecent/json", "{\"feed\":{\"author\":{}}}");
        var source = Source("appstore", null, ("app_id", "42"), ("country", "FR"), ("lang", "fr"));

        var result = await _crawl.RunAsync(source);

        Assert.Equal(2, result.Added);
        var review = (await _crawl.AllAsync("appstore-test")).Single(m => m.Id == "fr:11002");
        Assert.Equal((1, 4L, "Avis 2", "fr"), (review.Rating!.Value, review.Likes, review.Title!, review.Lang!));
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 16, 0, 0, TimeSpan.Zero), review.PublishedAt);
    }

    [Fact]
    public async Task Rss_uses_a_conditional_get_and_a_304_yields_nothing()
    {
        _site.Map("/feed.xml", c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            c.Response.Headers.ETag = "\"v1\"";
            return FakeSite.Write(c, "application/rss+xml", Payloads.Rss);
        });
        var source = Source("rss", new Uri(_site.BaseUri, "/feed.xml").ToString());

        var first = await _crawl.RunAsync(source);
        var second = await _crawl.RunAsync(source);

        Assert.Equal((2, 1), (first.Added, first.Skipped));
        Assert.Equal((0, 0), (second.Added, second.Batches));
        Assert.Equal("\"v1\"", (await _crawl.CursorAsync("rss-test")).ETag);
        var article = (await _crawl.AllAsync("rss-test")).Single(m => m.Id == "https://news.example/a1");
        Assert.Equal(("Le téléphone reconditionné arrive.", 12L, "fr"), (article.Text, article.Replies, article.Lang!));
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero), article.PublishedAt);
    }

    [Fact]
    public async Task Atom_feeds_are_read_too()
    {
        _site.Map("/atom", c => FakeSite.Write(c, "application/atom+xml", Payloads.Atom));

        await _crawl.RunAsync(Source("rss", new Uri(_site.BaseUri, "/atom").ToString()));

        var entry = Assert.Single(await _crawl.AllAsync("rss-test"));
        Assert.Equal(("tag:blog.example,2026:1", "https://blog.example/1", "The network was down for two hours.", "en"), (entry.Id, entry.Url!, entry.Text, entry.Lang!));
    }

    [Fact]
    public async Task A_feed_with_a_dtd_is_refused_without_expanding_it()
    {
        _site.Map("/lol", c => FakeSite.Write(c, "application/rss+xml", Payloads.BillionLaughs));

        var error = await Assert.ThrowsAsync<Http.CrawlException>(() => _crawl.RunAsync(Source("rss", new Uri(_site.BaseUri, "/lol").ToString())));

        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await _crawl.AllAsync("rss-test"));
    }

    [Theory]
    [InlineData("/jsonld", 2)]
    [InlineData("/microdata", 1)]
    [InlineData("/plain", 2)]
    public async Task Review_pages_are_read_from_json_ld_microdata_or_configured_selectors(string path, int expected)
    {
        _site.Map("/jsonld", c => FakeSite.Write(c, "text/html", Payloads.JsonLdReviews));
        _site.Map("/microdata", c => FakeSite.Write(c, "text/html", Payloads.MicrodataReviews));
        _site.Map("/plain", c => FakeSite.Write(c, "text/html", Payloads.PlainReviews));
        var source = Source("reviews", new Uri(_site.BaseUri, path).ToString(),
            ("review_selector", "article.avis"), ("author_selector", ".who"), ("date_selector", "time"), ("rating_selector", ".note"), ("text_selector", ".txt"));

        var result = await _crawl.RunAsync(source);

        Assert.Equal(expected, result.Added);
        var reviews = await _crawl.AllAsync("reviews-test");
        var first = reviews.OrderBy(r => r.PublishedAt).First();
        var (text, rating, day) = path switch
        {
            "/jsonld" => ("Installation rapide, mais la box redémarre sans cesse.", 2, 2),
            "/microdata" => ("Colis jamais livré, remboursement refusé.", 1, 5),
            _ => ("Bon rapport qualité-prix.", 4, 6),
        };
        Assert.Equal((text, rating, day), (first.Text, first.Rating!.Value, first.PublishedAt.Day));
        Assert.All(reviews, r => Assert.True(AuthorPseudonymiser.IsPseudonym(r.Author!)));
    }

    [Fact]
    public async Task A_review_page_in_latin_1_is_decoded_by_its_declared_charset()
    {
        var page = Payloads.MicrodataReviews.Replace("<html>", "<html><head><meta charset=\"iso-8859-1\"></head>", StringComparison.Ordinal);
        _site.Map("/latin1", c => c.Response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes(page)).AsTask());

        await _crawl.RunAsync(Source("reviews", new Uri(_site.BaseUri, "/latin1").ToString()));

        Assert.Equal("Colis jamais livré, remboursement refusé.", Assert.Single(await _crawl.AllAsync("reviews-test")).Text);
    }

    [Fact]
    public async Task A_watched_folder_is_collected_and_finished_files_move_to_done()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_crawl.Folder, "drops")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(folder, "a.jsonl"),
        [
            "{\"id\":\"1\",\"source\":\"drop\",\"text\":\"Mandarine au top\",\"published_at\":\"2026-11-01T10:00:00Z\",\"author\":\"@x\"}",
            "{\"id\":\"2\",\"source\":\"drop\",\"text\":\"sans date\"}",
            "not json",
        ], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.csv"), "id,source,text,published_at,likes\n3,drop,Vireo en panne,2026-11-02T10:00:00Z,4\n", TestContext.Current.CancellationToken);
        var source = new SourceDefinition { Name = "drops", Kind = "folder", Parameters = new Dictionary<string, string> { ["path"] = folder, ["batch_size"] = "1" } };

        var result = await _crawl.RunAsync(source);

        Assert.Equal((2, 2), (result.Added, result.Skipped));
        Assert.Equal(["1", "3"], (await _crawl.AllAsync("drop")).Select(m => m.Id).Order());
        Assert.Equal(["a.jsonl", "b.csv"], Directory.GetFiles(Path.Combine(folder, "done")).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFiles(folder));
    }
}
