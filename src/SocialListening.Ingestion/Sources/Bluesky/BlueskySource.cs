using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources.Bluesky;

/// <summary>
/// Bluesky post search through the public AppView (<c>app.bsky.feed.searchPosts</c>, no key), newest first, from
/// the newest post of the last complete run (<c>since</c>). Re-observes engagement with <c>app.bsky.feed.getPosts</c>.
/// </summary>
public sealed class BlueskySource(SourceDefinition definition, SourceServices services) : ISource, IEngagementSource
{
    private const string Accept = "application/json";
    private readonly ILogger _logger = services.Logs.CreateLogger<BlueskySource>();
    private readonly Uri _appView = definition.Url is null ? new Uri("https://public.api.bsky.app") : definition.RequiredUri();
    private readonly string _query = definition.Required("query");

    public string Name => definition.Name;

    public IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, CancellationToken cancellationToken) =>
        NewestFirstWalk.RunAsync(cursor, definition.IntParameter("max_pages", 10), (page, ct) => FetchPageAsync(cursor.Since, page, ct), cancellationToken);

    private async Task<SourcePage> FetchPageAsync(DateTimeOffset? since, string? page, CancellationToken cancellationToken)
    {
        var query = $"q={Uri.EscapeDataString(_query)}&sort=latest&limit={Math.Min(100, definition.IntParameter("limit", 100))}";
        if (definition.Parameter("lang") is { } lang)
        {
            query += "&lang=" + Uri.EscapeDataString(lang);
        }
        if (since is not null)
        {
            query += "&since=" + Uri.EscapeDataString(since.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
        if (page is not null)
        {
            query += "&cursor=" + Uri.EscapeDataString(page);
        }
        var fetch = await services.Http.GetAsync(new Uri(_appView, "/xrpc/app.bsky.feed.searchPosts?" + query), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
        using var document = JsonRead.Parse(fetch.Body, Name);
        var mentions = new List<Mention>();
        var skipped = 0;
        foreach (var post in document.RootElement.Items("posts"))
        {
            if (ToMention(post) is { } mention)
            {
                mentions.Add(mention);
            }
            else
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a malformed post {Excerpt}", Name, JsonRead.Excerpt(post));
            }
        }
        return new SourcePage(mentions, document.RootElement.Str("cursor"), skipped);
    }

    private Mention? ToMention(JsonElement post)
    {
        var uri = post.Str("uri");
        var text = post.Str("record", "text");
        var created = post.Date("record", "createdAt") ?? post.Date("indexedAt");
        if (uri is null || string.IsNullOrWhiteSpace(text) || created is null)
        {
            return null;
        }
        var handle = post.Str("author", "handle");
        var rkey = uri[(uri.LastIndexOf('/') + 1)..];
        return new Mention
        {
            Id = uri,
            Source = Name,
            Text = text,
            PublishedAt = created.Value,
            Url = handle is null ? null : $"https://bsky.app/profile/{handle}/post/{rkey}",
            Author = handle,
            AuthorFollowers = post.Long("author", "followersCount"),
            Lang = post.Items("record", "langs").Select(JsonRead.Text).FirstOrDefault()?.ToLowerInvariant(),
            Likes = JsonRead.Count(post.Long("likeCount")),
            Shares = JsonRead.Count(post.Long("repostCount")) + JsonRead.Count(post.Long("quoteCount")),
            Replies = JsonRead.Count(post.Long("replyCount")),
        };
    }

    public async IAsyncEnumerable<Mention> RefreshAsync(IReadOnlyList<Mention> recent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in recent.Chunk(25))
        {
            var query = string.Join('&', chunk.Select(m => "uris=" + Uri.EscapeDataString(m.Id)));
            var fetch = await services.Http.GetAsync(new Uri(_appView, "/xrpc/app.bsky.feed.getPosts?" + query), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
            using var document = JsonRead.Parse(fetch.Body, Name);
            var byUri = chunk.ToDictionary(m => m.Id, StringComparer.Ordinal);
            foreach (var post in document.RootElement.Items("posts"))
            {
                if (post.Str("uri") is { } uri && byUri.TryGetValue(uri, out var mention))
                {
                    yield return mention with
                    {
                        Likes = JsonRead.Count(post.Long("likeCount")),
                        Shares = JsonRead.Count(post.Long("repostCount")) + JsonRead.Count(post.Long("quoteCount")),
                        Replies = JsonRead.Count(post.Long("replyCount")),
                    };
                }
            }
        }
    }
}
