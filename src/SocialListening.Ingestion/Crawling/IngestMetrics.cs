using System.Collections.Concurrent;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Mentions written by this process's crawlers since it started, per source and outcome (added, updated), for the
/// Prometheus page. OpenTelemetry gets the same writes from <c>SlTelemetry.MentionsWritten</c> (SourceRunner).
/// </summary>
public sealed class IngestMetrics
{
    private readonly ConcurrentDictionary<(string Source, string Outcome), long> _totals = new();

    public IReadOnlyDictionary<(string Source, string Outcome), long> Totals => _totals;

    public void Record(string source, int added, int updated)
    {
        Add(source, "added", added);
        Add(source, "updated", updated);
    }

    private void Add(string source, string outcome, int count)
    {
        if (count > 0)
        {
            _totals.AddOrUpdate((source, outcome), count, (_, total) => total + count);
        }
    }
}
