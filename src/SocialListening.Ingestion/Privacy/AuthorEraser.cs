using Microsoft.Extensions.Logging;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;

namespace SocialListening.Ingestion.Privacy;

/// <summary>What an erasure removed, per store, and the audit entry that records it.</summary>
public sealed record ForgetResult(IReadOnlyList<string> Pseudonyms, string? Source, long Mentions, long Triage, long Engagement, long Alerts, long RawLines, long AuditEntry);

/// <summary>
/// Erases an author (the right to erasure): every mention whose author pseudonym is the handle's under any key of
/// the ring, from the index and from every state table keyed by mention, then records who asked, when and how many
/// in the privacy audit (pseudonyms only). The author goes on the erased list that the ingest gate reads before
/// anything is deleted. Lines of the raw input kept on disk (rejects, folder sources' done/) that quote the raw handle are removed too.
/// The state rows go first and the index second, so an interrupted erasure is completed by running it again.
/// </summary>
public sealed class AuthorEraser(IMentionIndex index, AuthorKeyRing keys, PrivacyAuditStore audit, MentionState state, TimeProvider time,
    IReadOnlyList<string>? rawFolders = null, ILogger<AuthorEraser>? logger = null)
{
    public async Task<ForgetResult> ForgetAsync(string handle, string? source, string by, CancellationToken cancellationToken)
    {
        var pseudonyms = keys.PseudonymsOf(handle);
        // Closed to ingest first, so a crawl batch admitted after this point cannot write the author back.
        audit.AddErased(pseudonyms, source, time.GetUtcNow());
        var filter = AuthorFilter.Of(pseudonyms, source);
        var mentions = await index.ReadAllAsync(filter, cancellationToken).ConfigureAwait(false);
        var counts = state.Erase([.. mentions.Select(m => m.Key)]);
        var deleted = await index.DeleteAsync(filter, cancellationToken).ConfigureAwait(false);
        // Raw files are not per source: a handle is scrubbed from them whatever the scope of the erasure.
        var rawLines = AuthorPseudonymiser.IsPseudonym(handle.Trim()) ? 0 : RawFileScrubber.Remove(rawFolders ?? [], handle);
        var entry = audit.Record(new PrivacyAuditEntry(0, time.GetUtcNow(), by, PrivacyAuditStore.Forget, pseudonyms, source, deleted, counts.Triage, counts.Engagement, counts.Alerts,
            rawLines > 0 ? $"{rawLines} raw input line(s) quoting the handle removed" : null));
        logger?.LogInformation("Erased author {Pseudonym} ({Source}) at the request of {By}: {Mentions} mentions, {Triage} triage actions, {Engagement} engagement observations, {Alerts} alert records (audit entry {Entry})",
            pseudonyms[0], source ?? "all sources", by, deleted, counts.Triage, counts.Engagement, counts.Alerts, entry);
        return new ForgetResult(pseudonyms, source, deleted, counts.Triage, counts.Engagement, counts.Alerts, rawLines, entry);
    }
}
