using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SocialListening.Core.Index;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Stops a search that runs past its time limit or whose caller gave up: the check is made at every segment and
/// every 256 matching documents, where Lucene hands control back.
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, QueryLimits limits, string query, CancellationToken cancellationToken) : ICollector
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _collected;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        // Reading the clock at every document would cost more than counting it in a large aggregation.
        if ((++_collected & 255) == 0)
        {
            Check();
        }
        inner.Collect(doc);
    }

    private void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(_started) >= limits.Timeout)
        {
            throw limits.TimedOut(query);
        }
    }
}
