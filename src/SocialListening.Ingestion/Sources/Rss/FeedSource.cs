using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources.Rss;

/// <summary>
/// An RSS or Atom feed (news, blogs, forums, search feeds such as Google News'), fetched with a conditional GET
/// (ETag, Last-Modified): a 304 costs the site nothing and yields nothing. Items older than the newest one of the last
/// run are left out; the rest are upserted, so a feed that re-dates its items creates no duplicates.
/// </summary>
public sealed class FeedSource(SourceDefinition definition, SourceServices services) : ISource
{
    private readonly ILogger _logger = services.Logs.CreateLogger<FeedSource>();
    private readonly Uri _feed = definition.RequiredUri();

    public string Name => definition.Name;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fetch = await services.Http.GetAsync(_feed, new ConditionalHeaders(cursor.ETag, cursor.LastModified),
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8", cancellationToken).ConfigureAwait(false);
        if (fetch.NotModified)
        {
            yield break;
        }
        var mentions = new List<Mention>();
        var skipped = 0;
        var newest = cursor.Since;
        foreach (var item in FeedParser.Parse(fetch.Body))
        {
            var mention = ToMention(item);
            if (mention is null)
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a feed item without text or link ({Title})", Name, item.Title);
                continue;
            }
            if (cursor.Since is { } since && mention.PublishedAt < since)
            {
                continue;
            }
            mentions.Add(mention);
            if (newest is null || mention.PublishedAt > newest)
            {
                newest = mention.PublishedAt;
            }
        }
        yield return new SourceBatch(mentions, cursor with { ETag = fetch.ETag, LastModified = fetch.LastModified, Since = newest }, skipped);
    }

    private Mention? ToMention(FeedItem item)
    {
        var text = HtmlText.ToText(item.Html);
        var title = item.Title is null ? null : HtmlText.ToText(item.Title);
        var id = item.Id ?? item.Link;
        if ((text.Length == 0 && string.IsNullOrEmpty(title)) || (id is null && title is null))
        {
            return null;
        }
        // A feed without ids or links still needs stable ones, so the next fetch updates rather than duplicates.
        id ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\u001f" + item.Published?.ToString("O"))))[..32];
        return new Mention
        {
            Id = id,
            Source = Name,
            Title = title,
            Text = text.Length == 0 ? title! : text,
            PublishedAt = item.Published ?? services.Time.GetUtcNow(),
            Url = item.Link,
            Author = item.Author,
            Lang = item.Lang is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null,
            Replies = item.Comments is > 0 ? item.Comments.Value : 0,
        };
    }
}
