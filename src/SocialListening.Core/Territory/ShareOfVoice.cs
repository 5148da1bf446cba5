using SocialListening.Core.Index;

namespace SocialListening.Core.Territory;

/// <summary>One brand's part of the conversation in a group: its mentions and their share among the set's brands.</summary>
public sealed record BrandShare(string Brand, long Mentions, double Share);

/// <summary>A group (a theme, a source, a language, a day, or "all") and the brands' shares of voice in it.</summary>
public sealed record ShareOfVoiceGroup(string Key, long BrandMentions, IReadOnlyList<BrandShare> Brands);

/// <summary>
/// Share of voice: a brand's mentions divided by the mentions of all the brands of its competitive set, in each
/// group. A mention naming two brands counts for both, as in the usual definition.
/// </summary>
public static class ShareOfVoice
{
    /// <summary>Shares from groups split by brand (the result of an aggregation grouped by X then by brand).</summary>
    public static IReadOnlyList<ShareOfVoiceGroup> Compute(IEnumerable<Bucket> groups, IReadOnlyList<string> brands)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Select(g => Group(g.Key, g.Children.ToDictionary(c => c.Key, c => c.Count), brands)).ToArray();
    }

    /// <summary>Shares from one group's mentions per brand; brands of the set with no mention get a share of 0.</summary>
    public static ShareOfVoiceGroup Group(string key, IReadOnlyDictionary<string, long> mentionsPerBrand, IReadOnlyList<string> brands)
    {
        var counts = brands.Select(b => (Brand: b, Count: mentionsPerBrand.GetValueOrDefault(b))).ToArray();
        var total = counts.Sum(c => c.Count);
        var shares = counts
            .Select(c => new BrandShare(c.Brand, c.Count, total == 0 ? 0 : (double)c.Count / total))
            .OrderByDescending(s => s.Mentions)
            .ThenBy(s => s.Brand, StringComparer.Ordinal)
            .ToArray();
        return new ShareOfVoiceGroup(key, total, shares);
    }
}
