using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Where crawled batches go: authors pseudonymised, analysis stages run, then one index commit holding both the
/// mentions and the source's cursor (checkpoint <c>source:NAME</c>), so the cursor only ever moves with the mentions
/// it accounts for and a crash at any point neither skips nor duplicates. The <see cref="IngestGate"/>, when given,
/// keeps out posts past their retention and posts by erased authors.
/// </summary>
public sealed class MentionSink(IMentionIndex index, IReadOnlyList<IEnrichmentStage> stages, AuthorPseudonymiser pseudonymiser, TimeProvider time, IngestGate? gate = null, IngestMetrics? metrics = null)
{
    public async Task<WriteResult> WriteAsync(string sourceName, SourceBatch batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var admission = gate?.Begin();
        // The same post can appear twice in one listing page when it shifts between requests: keep its last copy.
        // Posts past retention or by an erased author are dropped here, while the raw handle is still known;
        // the cursor still moves past them.
        var mentions = batch.Mentions
            .GroupBy(m => m.Key).Select(g => g.Last())
            .Where(m => admission is null || admission.Admits(m, m.Author is null || AuthorPseudonymiser.IsPseudonym(m.Author) ? null : m.Author))
            .Select(m => m with
            {
                Author = m.Author is null || AuthorPseudonymiser.IsPseudonym(m.Author) ? m.Author : pseudonymiser.Pseudonymise(m.Author),
                CollectedAt = m.CollectedAt ?? now,
            })
            .ToArray();
        EnrichmentRunner.Run(stages, mentions);
        var cursor = batch.Next.Serialize();
        var written = await index.WriteAsync(mentions, _ => new Dictionary<string, string?> { [SourceCursor.CheckpointKey(sourceName)] = cursor }, cancellationToken).ConfigureAwait(false);
        metrics?.Record(sourceName, written.Added, written.Replaced);
        return written;
    }
}
