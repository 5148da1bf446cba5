using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Diagnostics;
using SocialListening.Core.Index;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Runs one source once: reads its cursor from the index, commits each batch through the sink before fetching the
/// next, and keeps the source's circuit breaker informed. Used by the scheduled job and by <c>sl sources run</c>.
/// </summary>
public sealed class SourceRunner(IMentionIndex index, MentionSink sink, SourceServices services, CircuitBreaker breaker, ILogger<SourceRunner> logger)
{
    public async Task<CrawlResult> RunAsync(SourceDefinition definition, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = SlTelemetry.Source.StartActivity("sl.crawl");
        activity?.SetTag("sl.source", definition.Name);
        activity?.SetTag("sl.source.kind", definition.Kind);
        var source = new KeyValuePair<string, object?>("source", definition.Name);
        if (breaker.OpenUntil(definition.Name) is { } until)
        {
            SlTelemetry.CrawlRuns.Add(1, source, new("outcome", "skipped"));
            logger.LogWarning("{Source}: circuit open after repeated failures; skipped until {Until:O}", definition.Name, until);
            return new CrawlResult(definition.Name, 0, 0, 0, 0, TimeSpan.Zero, until);
        }
        var clock = Stopwatch.StartNew();
        var reader = SourceKinds.Create(definition, services);
        var checkpoints = await index.GetCheckpointsAsync(cancellationToken).ConfigureAwait(false);
        var cursor = SourceCursor.Parse(checkpoints.GetValueOrDefault(SourceCursor.CheckpointKey(definition.Name)));
        int batches = 0;
        long added = 0, updated = 0, skipped = 0;
        try
        {
            await foreach (var batch in reader.FetchAsync(cursor, cancellationToken).ConfigureAwait(false))
            {
                var written = await sink.WriteAsync(definition.Name, batch, cancellationToken).ConfigureAwait(false);
                batches++;
                SlTelemetry.MentionsWritten.Add(written.Added, new("path", "crawl"), new("outcome", "added"));
                SlTelemetry.MentionsWritten.Add(written.Replaced, new("path", "crawl"), new("outcome", "updated"));
                added += written.Added;
                updated += written.Replaced;
                skipped += batch.Skipped;
                progress?.Report(new CrawlProgress(definition.Name, batches, added, updated, skipped));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not SourceConfigurationException)
        {
            breaker.Failed(definition.Name);
            SlTelemetry.CrawlRuns.Add(1, source, new("outcome", "failed"));
            SlTelemetry.Fail(activity, e);
            logger.LogError("{Source}: run failed after {Batches} committed batches: {Error}", definition.Name, batches, e.Message);
            throw;
        }
        breaker.Succeeded(definition.Name);
        SlTelemetry.CrawlRuns.Add(1, source, new("outcome", "succeeded"));
        activity?.SetTag("sl.mentions.added", added);
        logger.LogInformation("{Source}: {Added} new, {Updated} updated, {Skipped} malformed skipped, in {Batches} batches", definition.Name, added, updated, skipped, batches);
        return new CrawlResult(definition.Name, batches, added, updated, skipped, clock.Elapsed);
    }
}
