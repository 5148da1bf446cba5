using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SocialListening.Core.Diagnostics;

/// <summary>
/// The product's own traces and metrics (System.Diagnostics, no exporter here): one activity per import, enrichment
/// batch, crawl run and index operation, with counters and durations. The hosting layer decides whether they leave
/// the process (OpenTelemetry over OTLP when configured); unobserved, they cost almost nothing.
/// </summary>
public static class SlTelemetry
{
    public const string Name = "SocialListening";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Mentions written to the index, by path (import or crawl) and outcome (added or updated).</summary>
    public static readonly Counter<long> MentionsWritten = Meter.CreateCounter<long>("sl.mentions.written", "{mention}", "Mentions written to the index");

    /// <summary>Time spent by the analysis stages on one batch.</summary>
    public static readonly Histogram<double> EnrichmentDuration = Meter.CreateHistogram<double>("sl.enrichment.duration", "s", "Time to enrich one batch");

    /// <summary>Crawl runs by source and outcome (succeeded, failed, skipped).</summary>
    public static readonly Counter<long> CrawlRuns = Meter.CreateCounter<long>("sl.crawl.runs", "{run}", "Crawl runs");

    /// <summary>Index operations by kind (search, aggregate, write, delete) and outcome.</summary>
    public static readonly Histogram<double> IndexOperationDuration = Meter.CreateHistogram<double>("sl.index.operation.duration", "s", "Duration of index operations");

    /// <summary>Marks the current activity as failed with the exception's message.</summary>
    public static void Fail(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity?.AddTag("error.type", exception.GetType().Name);
    }
}
