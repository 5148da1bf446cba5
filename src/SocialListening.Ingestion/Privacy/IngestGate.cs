using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Core.Text;

namespace SocialListening.Ingestion.Privacy;

/// <summary>
/// Keeps out of the index what was deliberately removed from it: mentions already past their source's retention
/// (a published-date floor, so a re-crawl or a re-import of old posts cannot bring back what the retention job
/// deleted, whatever a crawler's cursor says) and mentions by an erased author (matched through the raw handle
/// under every key of the ring, so a rotation does not reopen the door, or through the pseudonym when that is all
/// the record carries).
/// </summary>
public sealed class IngestGate(RetentionPolicy retention, PrivacyAuditStore audit, AuthorKeyRing keys, TimeProvider time)
{
    /// <summary>The rules as they stand now (one read of the erased list), for one batch.</summary>
    public Admission Begin() => new(retention, audit.Erased(), keys, time.GetUtcNow());

    public sealed class Admission(RetentionPolicy retention, IReadOnlyDictionary<string, IReadOnlySet<string>> erased, AuthorKeyRing keys, DateTimeOffset now)
    {
        /// <param name="rawAuthor">The handle as collected, before pseudonymisation; null when only the pseudonym is known.</param>
        public bool Admits(Mention mention, string? rawAuthor)
        {
            if (retention.IsExpired(mention, now))
            {
                return false;
            }
            if (erased.Count == 0)
            {
                return true;
            }
            var source = TextFolding.Fold(mention.Source);
            IEnumerable<string> pseudonyms = !string.IsNullOrWhiteSpace(rawAuthor) ? keys.PseudonymsOf(rawAuthor)
                : mention.Author is { } author ? [author]
                : [];
            return !pseudonyms.Any(p => erased.TryGetValue(p, out var sources) && (sources.Contains("") || sources.Contains(source)));
        }
    }
}
