using Microsoft.Extensions.Logging;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Privacy;

/// <summary>What retention removed (or, in a dry run, would remove) from one source.</summary>
public sealed record RetentionSourceResult(string Source, TimeSpan Period, DateTimeOffset Cutoff, long Mentions, long Triage, long Engagement, long Alerts);

public sealed record RetentionResult(bool DryRun, IReadOnlyList<RetentionSourceResult> Sources, long RawFiles)
{
    public long Mentions => Sources.Sum(s => s.Mentions);
}

/// <summary>
/// Applies the retention policy: for each source present in the index, deletes the mentions published before its
/// cut-off, with their triage actions, engagement observations and alert records, and the raw input files (import
/// rejects, folder sources' done/) older than the default period. Each source's deletion is logged and audited with
/// its count. A dry run only counts.
/// </summary>
public sealed class RetentionRunner(IMentionIndex index, RetentionPolicy policy, MentionState state, PrivacyAuditStore audit, TimeProvider time,
    IReadOnlyList<string> rawFolders, ILogger<RetentionRunner>? logger = null)
{
    public async Task<RetentionResult> RunAsync(bool dryRun, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sources = await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Source) { Size = 100_000 }, cancellationToken).ConfigureAwait(false);
        var results = new List<RetentionSourceResult>();
        foreach (var bucket in sources.Buckets.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (policy.For(bucket.Key) is not { } period)
            {
                continue;
            }
            var cutoff = now - period;
            var filter = MentionFilter.All.WithTerm(MentionFields.Source, bucket.Key) with { To = cutoff };
            RetentionSourceResult result;
            if (dryRun)
            {
                var page = await index.SearchAsync(new SearchRequest(filter) { Limit = 0 }, cancellationToken).ConfigureAwait(false);
                result = new RetentionSourceResult(bucket.Key, period, cutoff, page.Total, 0, 0, 0);
            }
            else
            {
                var expired = await index.ReadAllAsync(filter, cancellationToken).ConfigureAwait(false);
                var counts = state.Erase([.. expired.Select(m => m.Key)]);
                var deleted = await index.DeleteAsync(filter, cancellationToken).ConfigureAwait(false);
                result = new RetentionSourceResult(bucket.Key, period, cutoff, deleted, counts.Triage, counts.Engagement, counts.Alerts);
                if (deleted + counts.Triage + counts.Engagement + counts.Alerts > 0)
                {
                    audit.Record(new PrivacyAuditEntry(0, now, by, PrivacyAuditStore.Retention, [], bucket.Key, deleted, counts.Triage, counts.Engagement, counts.Alerts,
                        $"published before {cutoff.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} ({period.TotalDays:0.##} days)"));
                }
            }
            logger?.LogInformation("Retention {Mode} {Source}: {Mentions} mentions published before {Cutoff:O} ({Days} days), {Triage} triage actions, {Engagement} engagement observations, {Alerts} alert records",
                dryRun ? "(dry run)" : "deleted", bucket.Key, result.Mentions, cutoff, period.TotalDays, result.Triage, result.Engagement, result.Alerts);
            results.Add(result);
        }
        IReadOnlyList<string> raw = policy.Default is { } keep ? RawFileScrubber.OlderThan(rawFolders, now - keep) : [];
        if (!dryRun)
        {
            foreach (var file in raw)
            {
                File.Delete(file);
            }
        }
        return new RetentionResult(dryRun, results, raw.Count);
    }
}
