namespace SocialListening.Ingestion.Crawling;

/// <summary>What one run of a source did.</summary>
public sealed record CrawlResult(string Source, int Batches, long Added, long Updated, long Skipped, TimeSpan Elapsed, DateTimeOffset? CircuitOpenUntil = null)
{
    public bool SkippedByBreaker => CircuitOpenUntil is not null;
}

/// <summary>Progress of a run, after each committed batch.</summary>
public readonly record struct CrawlProgress(string Source, int Batches, long Added, long Updated, long Skipped);
