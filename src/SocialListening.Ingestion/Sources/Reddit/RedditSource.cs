using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources.Reddit;

/// <summary>
/// A subreddit's newest posts (<c>subreddit:</c>) or a search (<c>query:</c>, optionally within the subreddit), from
/// Reddit's public .json listings, newest first, paged with <c>after</c>. Re-observes scores through /api/info.json.
/// </summary>
public sealed class RedditSource(SourceDefinition definition, SourceServices services) : ISource, IEngagementSource
{
    private const string Accept = "application/json";
    private readonly ILogger _logger = services.Logs.CreateLogger<RedditSource>();
    private readonly Uri _site = definition.Url is null ? new Uri("https://www.reddit.com") : definition.RequiredUri();

    public string Name => definition.Name;

    public IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, CancellationToken cancellationToken) =>
        NewestFirstWalk.RunAsync(cursor, definition.IntParameter("max_pages", 10), FetchPageAsync, cancellationToken);

    private string ListingPath()
    {
        var subreddit = definition.Parameter("subreddit")?.Trim().TrimStart('/').Replace("r/", "", StringComparison.Ordinal);
        var query = definition.Parameter("query");
        if (subreddit is null && query is null)
        {
            throw new SourceConfigurationException($"source '{Name}' (reddit): give 'subreddit', 'query' or both.");
        }
        var prefix = subreddit is null ? "" : "/r/" + Uri.EscapeDataString(subreddit);
        return query is null
            ? prefix + "/new.json?raw_json=1"
            : prefix + "/search.json?raw_json=1&sort=new&q=" + Uri.EscapeDataString(query) + (subreddit is null ? "" : "&restrict_sr=1");
    }

    private async Task<SourcePage> FetchPageAsync(string? after, CancellationToken cancellationToken)
    {
        var path = ListingPath() + "&limit=" + Math.Min(100, definition.IntParameter("limit", 100)) + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));
        var fetch = await services.Http.GetAsync(new Uri(_site, path), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
        using var document = JsonRead.Parse(fetch.Body, Name);
        var mentions = new List<Mention>();
        var skipped = 0;
        foreach (var child in document.RootElement.Items("data", "children"))
        {
            if (child.Get("data") is { } post && ToMention(post) is { } mention)
            {
                mentions.Add(mention);
            }
            else
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a malformed listing item {Excerpt}", Name, JsonRead.Excerpt(child));
            }
        }
        return new SourcePage(mentions, document.RootElement.Str("data", "after"), skipped);
    }

    private Mention? ToMention(JsonElement post)
    {
        var name = post.Str("name") ?? (post.Str("id") is { } id ? "t3_" + id : null);
        var title = post.Str("title");
        var body = post.Str("selftext");
        var created = post.Get("created_utc") is { ValueKind: JsonValueKind.Number } c && c.TryGetDouble(out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : (DateTimeOffset?)null;
        var text = string.Join("\n", new[] { title, body }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (name is null || created is null || text.Length == 0)
        {
            return null;
        }
        var author = post.Str("author");
        return new Mention
        {
            Id = name,
            Source = Name,
            Title = title,
            Text = text,
            PublishedAt = created.Value,
            Url = post.Str("permalink") is { } permalink ? new Uri(new Uri("https://www.reddit.com"), permalink).ToString() : post.Str("url"),
            // "[deleted]" is not a person.
            Author = author is null or "[deleted]" ? null : author,
            Likes = JsonRead.Count(post.Long("score")),
            Shares = JsonRead.Count(post.Long("num_crossposts")),
            Replies = JsonRead.Count(post.Long("num_comments")),
        };
    }

    public async IAsyncEnumerable<Mention> RefreshAsync(IReadOnlyList<Mention> recent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in recent.Chunk(100))
        {
            var ids = string.Join(',', chunk.Select(m => m.Id));
            var fetch = await services.Http.GetAsync(new Uri(_site, "/api/info.json?raw_json=1&id=" + Uri.EscapeDataString(ids)), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
            using var document = JsonRead.Parse(fetch.Body, Name);
            var byId = chunk.ToDictionary(m => m.Id, StringComparer.Ordinal);
            foreach (var child in document.RootElement.Items("data", "children"))
            {
                if (child.Str("data", "name") is { } name && byId.TryGetValue(name, out var mention))
                {
                    yield return mention with
                    {
                        Likes = JsonRead.Count(child.Long("data", "score")),
                        Shares = JsonRead.Count(child.Long("data", "num_crossposts")),
                        Replies = JsonRead.Count(child.Long("data", "num_comments")),
                    };
                }
            }
        }
    }
}
