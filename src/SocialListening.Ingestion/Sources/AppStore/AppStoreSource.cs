using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources.AppStore;

/// <summary>
/// Apple App Store customer reviews of one app in one country, from the public customer-reviews feed (JSON), most
/// recent first, up to the feed's 10 pages. Each review keeps its star rating; helpful votes count as likes.
/// </summary>
public sealed class AppStoreSource(SourceDefinition definition, SourceServices services) : ISource
{
    private const int FeedPages = 10;
    private readonly ILogger _logger = services.Logs.CreateLogger<AppStoreSource>();
    private readonly Uri _site = definition.Url is null ? new Uri("https://itunes.apple.com") : definition.RequiredUri();
    private readonly string _appId = definition.Required("app_id");
    private readonly string _country = (definition.Parameter("country") ?? "us").ToLowerInvariant();

    public string Name => definition.Name;

    public IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, CancellationToken cancellationToken) =>
        NewestFirstWalk.RunAsync(cursor, Math.Min(FeedPages, definition.IntParameter("max_pages", FeedPages)), FetchPageAsync, cancellationToken);

    private async Task<SourcePage> FetchPageAsync(string? page, CancellationToken cancellationToken)
    {
        var number = int.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        var path = $"/{Uri.EscapeDataString(_country)}/rss/customerreviews/page={number}/id={Uri.EscapeDataString(_appId)}/sortby=mostrecent/json";
        var fetch = await services.Http.GetAsync(new Uri(_site, path), ConditionalHeaders.None, "application/json", cancellationToken).ConfigureAwait(false);
        using var document = JsonRead.Parse(fetch.Body, Name);
        // The feed writes a single entry as an object rather than a one-element array.
        var entries = document.RootElement.Get("feed", "entry") switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().ToList(),
            { ValueKind: JsonValueKind.Object } one => [one],
            _ => [],
        };
        var mentions = new List<Mention>();
        var skipped = 0;
        foreach (var entry in entries)
        {
            if (entry.Get("im:rating") is null && entry.Get("content") is null)
            {
                continue; // the app's own description entry, which older feeds put first
            }
            if (ToMention(entry) is { } mention)
            {
                mentions.Add(mention);
            }
            else
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a malformed review {Excerpt}", Name, JsonRead.Excerpt(entry));
            }
        }
        return new SourcePage(mentions, entries.Count == 0 || number >= FeedPages ? null : (number + 1).ToString(CultureInfo.InvariantCulture), skipped);
    }

    private Mention? ToMention(JsonElement entry)
    {
        var id = entry.Str("id", "label");
        var text = entry.Str("content", "label");
        var updated = entry.Date("updated", "label");
        var rating = int.TryParse(entry.Str("im:rating", "label"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 5 ? r : (int?)null;
        if (id is null || string.IsNullOrWhiteSpace(text) || updated is null)
        {
            return null;
        }
        return new Mention
        {
            Id = _country + ":" + id,
            Source = Name,
            Title = entry.Str("title", "label"),
            Text = text,
            PublishedAt = updated.Value,
            Url = entry.Str("link", "attributes", "href") ?? entry.Str("author", "uri", "label"),
            Author = entry.Str("author", "name", "label"),
            Lang = definition.Parameter("lang"),
            Rating = rating,
            Likes = long.TryParse(entry.Str("im:voteCount", "label"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var votes) && votes > 0 ? votes : 0,
        };
    }
}
