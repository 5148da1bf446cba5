using SocialListening.Core.Analysis;
using SocialListening.Core.Diagnostics;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion;

/// <summary>Runs the analysis stages over a batch, in order, spreading the batch over the cores; then the ordered
/// stages over the whole batch.</summary>
public static class EnrichmentRunner
{
    private const int ChunkSize = 256;

    public static void Run(IReadOnlyList<IEnrichmentStage> stages, Mention[] batch)
    {
        if (stages.Count == 0 || batch.Length == 0)
        {
            return;
        }
        using var activity = SlTelemetry.Source.StartActivity("sl.enrich");
        activity?.SetTag("sl.mentions", batch.Length);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var parallel = stages.Where(s => s is not IOrderedEnrichmentStage).ToArray();
        var chunks = parallel.Length == 0 ? 0 : (batch.Length + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            var start = c * ChunkSize;
            var chunk = batch.AsSpan(start, Math.Min(ChunkSize, batch.Length - start)).ToArray();
            foreach (var stage in parallel)
            {
                stage.Enrich(chunk);
            }
            chunk.CopyTo(batch, start);
        });
        foreach (var stage in stages.OfType<IOrderedEnrichmentStage>())
        {
            stage.Enrich(batch);
        }
        SlTelemetry.EnrichmentDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
