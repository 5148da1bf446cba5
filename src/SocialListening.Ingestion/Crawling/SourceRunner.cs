using System.Diagnostics;
using Microsoft.Extensions.Logging;
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
        if (breaker.OpenUntil(definition.Name) is { } until)
        {
            logger.LogWarning("{Source}: circuit open after repeated failures; skipped until {Until:O}", definition.Name, until);
            return new CrawlResult(definition.Name, 0, 0, 0, 0, TimeSpan.Zero, until);
        }
        var clock = Stopwatch.StartNew();
        var source = SourceKinds.Create(definition, services);
        var checkpoints = await index.GetCheckpointsAsync(cancellationToken).ConfigureAwait(false);
        var cursor = SourceCursor.Parse(checkpoints.GetValueOrDefault(SourceCursor.CheckpointKey(definition.Name)));
        int batches = 0;
        long added = 0, updated = 0, skipped = 0;
        try
        {
            await foreach (var batch in source.FetchAsync(cursor, cancellationToken).ConfigureAwait(false))
            {
                var written = await sink.WriteAsync(definition.Name, batch, cancellationToken).ConfigureAwait(false);
                batches++;
                added += written.Added;
                updated += written.Replaced;
                skipped += batch.Skipped;
                progress?.Report(new CrawlProgress(definition.Name, batches, added, updated, skipped));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not SourceConfigurationException)
        {
            breaker.Failed(definition.Name);
            logger.LogError("{Source}: run failed after {Batches} committed batches: {Error}", definition.Name, batches, e.Message);
            throw;
        }
        breaker.Succeeded(definition.Name);
        logger.LogInformation("{Source}: {Added} new, {Updated} updated, {Skipped} malformed skipped, in {Batches} batches", definition.Name, added, updated, skipped, batches);
        return new CrawlResult(definition.Name, batches, added, updated, skipped, clock.Elapsed);
    }
}
