using System.Runtime.CompilerServices;
using SocialListening.Core.Sources;

namespace SocialListening.Ingestion.Sources;

/// <summary>
/// Collects a listing served newest first (searches, subreddits, app reviews): walk the pages back until an item
/// older than the last complete run. Every page is one batch; while the walk is in progress the cursor keeps the
/// old lower bound and the next page token, so a crash resumes the walk where the last commit left it; only the
/// last page moves the lower bound up to the newest date seen.
/// </summary>
public static class NewestFirstWalk
{
    public static async IAsyncEnumerable<SourceBatch> RunAsync(SourceCursor cursor, int maxPages,
        Func<string?, CancellationToken, Task<SourcePage>> fetchPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = cursor.Since;
        var pending = cursor.Pending;
        var page = cursor.Page;
        for (var n = 0; n < maxPages; n++)
        {
            var result = await fetchPage(page, cancellationToken).ConfigureAwait(false);
            // Equal dates are collected again: two posts in the same second must not be lost, and the index upserts.
            var fresh = result.Mentions.Where(m => since is null || m.PublishedAt >= since).ToList();
            var reachedOld = result.Mentions.Count > fresh.Count;
            foreach (var mention in fresh)
            {
                if (pending is null || mention.PublishedAt > pending)
                {
                    pending = mention.PublishedAt;
                }
            }
            // A page of nothing but malformed items is not the end of the listing; an empty page is.
            var done = reachedOld || result.NextPage is null || result.Mentions.Count + result.Skipped == 0 || n == maxPages - 1;
            var next = done
                ? cursor with { Since = Max(since, pending), Page = null, Pending = null }
                : cursor with { Page = result.NextPage, Pending = pending };
            yield return new SourceBatch(fresh, next, result.Skipped);
            if (done)
            {
                yield break;
            }
            page = result.NextPage;
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
