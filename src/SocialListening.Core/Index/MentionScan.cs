using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

/// <summary>Reads every mention matching a filter, page by page, oldest first.</summary>
public static class MentionScan
{
    public static async IAsyncEnumerable<Mention> ScanAsync(this IMentionIndex index, MentionFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, int pageSize = 1000)
    {
        string? cursor = null;
        do
        {
            var page = await index.SearchAsync(new SearchRequest(filter) { Sort = SearchSort.Oldest, Limit = pageSize, Cursor = cursor }, cancellationToken).ConfigureAwait(false);
            foreach (var mention in page.Hits)
            {
                yield return mention;
            }
            cursor = page.Hits.Count == 0 ? null : page.NextCursor;
        }
        while (cursor is not null);
    }

    public static async Task<List<Mention>> ReadAllAsync(this IMentionIndex index, MentionFilter filter, CancellationToken cancellationToken)
    {
        var all = new List<Mention>();
        await foreach (var mention in index.ScanAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            all.Add(mention);
        }
        return all;
    }
}
