using System.Globalization;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Cli.Commands;

/// <summary>How many mentions of the scope share of voice left out as near-duplicate copies and as spam, so the
/// exclusion is visible (and reversible with --include-duplicates / --include-spam).</summary>
public sealed record NoiseSummary(long Duplicates, long Spam, NoiseExclusion Exclusion)
{
    public static async Task<NoiseSummary> CountAsync(IMentionIndex index, MentionFilter scoped, NoiseExclusion exclusion, CancellationToken ct)
    {
        async Task<long> Flagged(string field)
        {
            var result = await index.AggregateAsync(new AggregationRequest(scoped.WithTerm(field, "true"), field), ct).ConfigureAwait(false);
            return result.Total;
        }
        return new NoiseSummary(await Flagged(MentionFields.Duplicate).ConfigureAwait(false), await Flagged(MentionFields.Spam).ConfigureAwait(false), exclusion);
    }

    public object ToJson() => new
    {
        duplicates = Duplicates,
        duplicates_excluded = Exclusion.Duplicates,
        spam = Spam,
        spam_excluded = Exclusion.Spam,
    };

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Near-duplicate copies: {Duplicates:N0} ({(Exclusion.Duplicates ? "left out; --include-duplicates counts them" : "counted")}); " +
        $"spam: {Spam:N0} ({(Exclusion.Spam ? "left out; --include-spam counts them" : "counted")}).");
}
