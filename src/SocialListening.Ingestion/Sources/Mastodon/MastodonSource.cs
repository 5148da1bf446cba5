using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources.Mastodon;

/// <summary>
/// A public hashtag timeline (<c>hashtag:</c>) or a public account's statuses (<c>account:</c>) on one Mastodon
/// instance, without a key. After the first run it pages forward with <c>min_id</c> from the newest status
/// collected, so each page is a commit point and nothing between two runs is skipped.
/// </summary>
public sealed class MastodonSource(SourceDefinition definition, SourceServices services) : ISource, IEngagementSource
{
    private const string Accept = "application/json";
    private readonly ILogger _logger = services.Logs.CreateLogger<MastodonSource>();
    private readonly Uri _instance = definition.RequiredUri();
    private readonly int _limit = Math.Min(40, definition.IntParameter("limit", 40));
    private readonly int _maxPages = definition.IntParameter("max_pages", 25);

    public string Name => definition.Name;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = await TimelinePathAsync(cancellationToken).ConfigureAwait(false);
        var lastId = cursor.LastId;
        for (var page = 0; page < _maxPages; page++)
        {
            var query = $"limit={_limit}" + (lastId is null ? "" : "&min_id=" + Uri.EscapeDataString(lastId));
            var fetch = await services.Http.GetAsync(new Uri(_instance, path + "?" + query), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
            using var document = JsonRead.Parse(fetch.Body, Name);
            var (mentions, skipped, newest) = Map(document.RootElement, lastId);
            if (newest is null)
            {
                yield break;
            }
            lastId = newest;
            yield return new SourceBatch(mentions, cursor with { LastId = lastId }, skipped);
            if (cursor.LastId is null || document.RootElement.GetArrayLength() < _limit)
            {
                // A first run takes the newest page only; history is not crawled backwards.
                yield break;
            }
        }
    }

    private (List<Mention> Mentions, int Skipped, string? Newest) Map(JsonElement root, string? lastId)
    {
        var mentions = new List<Mention>();
        var skipped = 0;
        string? newest = null;
        foreach (var status in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : throw new CrawlException($"{Name}: expected a JSON array of statuses."))
        {
            var id = status.Str("id");
            if (id is not null && (newest is null || MastodonStatus.CompareIds(id, newest) > 0) && (lastId is null || MastodonStatus.CompareIds(id, lastId) > 0))
            {
                newest = id;
            }
            if (status.Get("reblog") is not null)
            {
                continue;
            }
            if (MastodonStatus.ToMention(status, Name) is { } mention)
            {
                mentions.Add(mention);
            }
            else
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a malformed status {Excerpt}", Name, JsonRead.Excerpt(status));
            }
        }
        return (mentions, skipped, newest);
    }

    private async Task<string> TimelinePathAsync(CancellationToken cancellationToken)
    {
        if (definition.Parameter("hashtag") is { } tag)
        {
            return "/api/v1/timelines/tag/" + Uri.EscapeDataString(tag.TrimStart('#'));
        }
        var account = definition.Parameter("account")
            ?? throw new SourceConfigurationException($"source '{Name}' (mastodon): give 'hashtag' or 'account'.");
        var lookup = await services.Http.GetAsync(new Uri(_instance, "/api/v1/accounts/lookup?acct=" + Uri.EscapeDataString(account.TrimStart('@'))), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
        using var document = JsonRead.Parse(lookup.Body, Name);
        var id = document.RootElement.Str("id") ?? throw new CrawlException($"{Name}: account '{account}' not found.");
        return $"/api/v1/accounts/{Uri.EscapeDataString(id)}/statuses";
    }

    public async IAsyncEnumerable<Mention> RefreshAsync(IReadOnlyList<Mention> recent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var mention in recent)
        {
            HttpFetch fetch;
            try
            {
                fetch = await services.Http.GetAsync(new Uri(_instance, "/api/v1/statuses/" + Uri.EscapeDataString(mention.Id)), ConditionalHeaders.None, Accept, cancellationToken).ConfigureAwait(false);
            }
            catch (CrawlException e) when (e.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Gone)
            {
                continue;
            }
            using var document = JsonRead.Parse(fetch.Body, Name);
            var status = document.RootElement;
            yield return mention with
            {
                Likes = JsonRead.Count(status.Long("favourites_count")),
                Shares = JsonRead.Count(status.Long("reblogs_count")),
                Replies = JsonRead.Count(status.Long("replies_count")),
                AuthorFollowers = status.Long("account", "followers_count") ?? mention.AuthorFollowers,
            };
        }
    }
}
