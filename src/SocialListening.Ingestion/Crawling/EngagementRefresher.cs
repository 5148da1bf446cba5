using Microsoft.Extensions.Logging;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Re-observes the engagement of a source's recent mentions (those published within the window), on its own
/// schedule, so likes, shares and replies keep growing in the index while a post may still go viral. The mentions
/// keep their enrichment; only the counts and the author's reach change. Each observation is also logged for the
/// virality forecast.
/// </summary>
public sealed class EngagementRefresher(IMentionIndex index, SourceServices services, EngagementLog log, ILogger<EngagementRefresher> logger)
{
    private const int PageSize = 500;

    public async Task<int> RefreshAsync(SourceDefinition definition, TimeSpan window, CancellationToken cancellationToken)
    {
        if (SourceKinds.Create(definition, services) is not IEngagementSource source)
        {
            return 0;
        }
        var filter = MentionFilter.All.WithTerm(MentionFields.Source, definition.Name) with { From = services.Time.GetUtcNow() - window };
        var recent = new List<Mention>();
        string? cursor = null;
        do
        {
            var page = await index.SearchAsync(new SearchRequest(filter) { Limit = PageSize, Cursor = cursor }, cancellationToken).ConfigureAwait(false);
            recent.AddRange(page.Hits);
            cursor = page.Hits.Count == 0 ? null : page.NextCursor;
        }
        while (cursor is not null);

        var refreshed = new List<Mention>();
        var total = 0;
        await foreach (var mention in source.RefreshAsync(recent, cancellationToken).ConfigureAwait(false))
        {
            refreshed.Add(mention);
            if (refreshed.Count >= PageSize)
            {
                total += await FlushAsync(refreshed, cancellationToken).ConfigureAwait(false);
            }
        }
        total += await FlushAsync(refreshed, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("{Source}: re-observed the engagement of {Count} of {Recent} recent mentions", definition.Name, total, recent.Count);
        return total;
    }

    private async Task<int> FlushAsync(List<Mention> refreshed, CancellationToken cancellationToken)
    {
        if (refreshed.Count == 0)
        {
            return 0;
        }
        await index.WriteAsync(refreshed.ToArray(), null, cancellationToken).ConfigureAwait(false);
        log.Record(refreshed, services.Time.GetUtcNow());
        var count = refreshed.Count;
        refreshed.Clear();
        return count;
    }
}
