using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Mentions written by this process's crawlers, per source and outcome (added, updated): totals for the Prometheus
/// page, and the same counts on the <c>SocialListening.Ingestion</c> meter for OpenTelemetry listeners.
/// </summary>
public sealed class IngestMetrics : IDisposable
{
    public const string MeterName = "SocialListening.Ingestion";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _mentions;
    private readonly ConcurrentDictionary<(string Source, string Outcome), long> _totals = new();

    public IngestMetrics() =>
        _mentions = _meter.CreateCounter<long>("sl.ingest.mentions", unit: "{mention}", description: "Mentions written to the index by the crawlers, by source and outcome");

    public IReadOnlyDictionary<(string Source, string Outcome), long> Totals => _totals;

    public void Record(string source, int added, int updated)
    {
        Add(source, "added", added);
        Add(source, "updated", updated);
    }

    private void Add(string source, string outcome, int count)
    {
        if (count <= 0)
        {
            return;
        }
        _totals.AddOrUpdate((source, outcome), count, (_, total) => total + count);
        _mentions.Add(count, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void Dispose() => _meter.Dispose();
}
