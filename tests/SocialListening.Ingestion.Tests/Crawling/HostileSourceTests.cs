using System.Text;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;
using SocialListening.Tests.Hostile;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>
/// Every source's parser fed hostile responses: each run either takes what it can (skipping malformed items) or
/// fails with a CrawlException that says why; no other exception, no hang, no crash.
/// </summary>
public sealed class HostileSourceTests : IAsyncLifetime
{
    private readonly CrawlHarness _crawl = new();
    private FakeSite _site = null!;
    private byte[] _body = [];
    private string _contentType = "application/json";

    public async ValueTask InitializeAsync()
    {
        _site = await FakeSite.StartAsync();
        foreach (var path in new[]
        {
            "/api/v1/timelines/tag/mandarine", "/xrpc/app.bsky.feed.searchPosts", "/r/france/new.json",
            "/fr/rss/customerreviews/page=1/id=42/sortby=mostrecent/json", "/fr/rss/customerreviews/page=2/id=42/sortby=mostrecent/json",
            "/feed", "/page",
        })
        {
            _site.Map(path, c =>
            {
                c.Response.ContentType = _contentType;
                return c.Response.Body.WriteAsync(_body).AsTask();
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _crawl.Dispose();
    }

    private static readonly string LoneSurrogate = "\"\\ud800\"";

    /// <summary>Bodies every parser must survive, whatever it expects (JSON, XML or HTML).</summary>
    private static IEnumerable<(string Name, string ContentType, byte[] Body)> Bodies()
    {
        var random = HostileInput.Random(6);
        for (var i = 0; i < 3; i++)
        {
            yield return ($"random bytes {i}", "application/octet-stream", HostileInput.Bytes(random, 3_000));
        }
        yield return ("empty", "application/json", []);
        yield return ("invalid UTF-8", "application/json", HostileInput.InvalidUtf8("{\"posts\":[]}"));
        yield return ("deep JSON array", "application/json", Encoding.UTF8.GetBytes(HostileInput.DeepJson(50_000)));
        yield return ("deep JSON object", "application/json", Encoding.UTF8.GetBytes(HostileInput.DeepObject(50_000)));
        yield return ("JSON of the wrong shape", "application/json", Encoding.UTF8.GetBytes(
            "{\"posts\":\"x\",\"data\":{\"children\":7},\"feed\":{\"entry\":{\"id\":[]}},\"cursor\":{}}"));
        yield return ("JSON array of junk", "application/json", Encoding.UTF8.GetBytes(
            "[null, 1, \"s\", [], {\"id\": {}}, {\"id\": \"1\", \"created_at\": \"2026-11-02T09:00:00Z\", \"content\": " + LoneSurrogate + "}]"));
        yield return ("lone surrogates everywhere", "application/json", Encoding.UTF8.GetBytes(
            "{\"posts\":[{\"uri\":" + LoneSurrogate + ",\"record\":{\"text\":" + LoneSurrogate + ",\"createdAt\":\"2026-11-02T09:00:00Z\"},\"author\":{\"handle\":" + LoneSurrogate + "}}]," +
            "\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"id\":" + LoneSurrogate + ",\"title\":" + LoneSurrogate + ",\"created_utc\":1795000000}}]}," +
            "\"feed\":{\"entry\":[{\"id\":{\"label\":" + LoneSurrogate + "},\"content\":{\"label\":" + LoneSurrogate + "},\"updated\":{\"label\":\"2026-11-02T09:00:00Z\"},\"im:rating\":{\"label\":\"5\"}}]}}"));
        yield return ("one megabyte of text", "application/json", Encoding.UTF8.GetBytes(
            "[{\"id\":\"1\",\"created_at\":\"2026-11-02T09:00:00Z\",\"content\":\"" + HostileInput.Huge(1_000_000).Replace("\"", "", StringComparison.Ordinal) + "\"}]"));
        yield return ("XML with an external entity", "application/rss+xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>"));
        yield return ("deep XML", "application/rss+xml", Encoding.UTF8.GetBytes(
            "<rss><channel>" + string.Concat(Enumerable.Repeat("<a>", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000)) + "</channel></rss>"));
        yield return ("XML with bidi and ZWJ", "application/rss+xml", Encoding.UTF8.GetBytes(
            "<rss><channel><item><guid>\u202E1</guid><title>👩‍👩‍👧‍👦\u200B</title><description>&#x202E;&#0;</description><pubDate>\u0000</pubDate></item></channel></rss>"));
        yield return ("HTML with hostile JSON-LD", "text/html", Encoding.UTF8.GetBytes(
            "<html><script type=\"application/ld+json\">" + HostileInput.DeepObject(20_000) + "</script><script type=\"application/ld+json\">{\"@type\":\"Review\",\"reviewRating\":{\"ratingValue\":\"NaN\",\"bestRating\":\"0\"},\"reviewBody\":" + LoneSurrogate + ",\"datePublished\":\"x\"}</script>" +
            "<script type=\"application/ld+json\">[{\"@graph\":[{\"@type\":[\"Review\"],\"reviewRating\":{\"ratingValue\":1e999,\"bestRating\":-1}}]}]</script></html>"));
        yield return ("HTML with deep nesting and microdata junk", "text/html", Encoding.UTF8.GetBytes(
            "<html><body>" + string.Concat(Enumerable.Repeat("<div itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"ratingValue\">∞</span>", 5_000)) + "</body></html>"));
    }

    private SourceDefinition Source(string kind, int round) => kind switch
    {
        "mastodon" => Define(kind, round, null, ("hashtag", "#mandarine")),
        "bluesky" => Define(kind, round, null, ("query", "mandarine")),
        "reddit" => Define(kind, round, null, ("subreddit", "r/france")),
        "appstore" => Define(kind, round, null, ("app_id", "42"), ("country", "FR"), ("lang", "fr")),
        "rss" => Define(kind, round, "/feed"),
        _ => Define(kind, round, "/page"),
    };

    private SourceDefinition Define(string kind, int round, string? path, params (string Key, string Value)[] parameters) => new()
    {
        Name = $"{kind}-{round}",
        Kind = kind,
        Url = path is null ? _site.BaseUri.ToString() : new Uri(_site.BaseUri, path).ToString(),
        Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
    };

    [Theory]
    [InlineData("mastodon")]
    [InlineData("bluesky")]
    [InlineData("reddit")]
    [InlineData("appstore")]
    [InlineData("rss")]
    [InlineData("reviews")]
    public async Task Hostile_responses_are_skipped_or_fail_with_a_crawl_error(string kind)
    {
        var failures = new List<string>();
        var round = 0;
        foreach (var (name, contentType, body) in Bodies())
        {
            _body = body;
            _contentType = contentType;
            try
            {
                await _crawl.RunAsync(Source(kind, round++));
            }
            catch (CrawlException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
