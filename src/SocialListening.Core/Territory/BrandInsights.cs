using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Core.Territory;

/// <summary>The dimensions share of voice can be split by.</summary>
public enum SovDimension
{
    All,
    Theme,
    Source,
    Lang,
    Day,
}

/// <summary>Share of voice of a competitive set, split by a dimension, with the counts behind every share.</summary>
public sealed record ShareOfVoiceReport(string Set, IReadOnlyList<string> Brands, SovDimension By, IReadOnlyList<ShareOfVoiceGroup> Groups);

/// <summary>
/// Share of voice and territory for the CLI, the API and the dashboards: asks the index for the counts and hands
/// them to the pure functions of <see cref="ShareOfVoice"/> and <see cref="TerritoryAnalysis"/>.
/// </summary>
public sealed class BrandInsights(IMentionIndex index, BrandCatalog catalog, NoiseExclusion? noise = null)
{
    public async Task<ShareOfVoiceReport> ShareOfVoiceAsync(CompetitiveSet set, SovDimension by, MentionFilter filter, CancellationToken cancellationToken)
    {
        var scoped = (noise ?? NoiseExclusion.Default).Apply(filter).WithTerm(MentionFields.Brand, [.. set.Brands]);
        IReadOnlyList<ShareOfVoiceGroup> groups;
        if (by == SovDimension.All)
        {
            var perBrand = await index.AggregateAsync(new AggregationRequest(scoped, MentionFields.Brand), cancellationToken).ConfigureAwait(false);
            groups = [ShareOfVoice.Group("all", perBrand.Buckets.ToDictionary(b => b.Key, b => b.Count), set.Brands)];
        }
        else
        {
            var request = new AggregationRequest(scoped, Field(by)) { ThenBy = MentionFields.Brand, Interval = DateInterval.Day, Size = 1000 };
            var result = await index.AggregateAsync(request, cancellationToken).ConfigureAwait(false);
            groups = ShareOfVoice.Compute(result.Buckets, set.Brands);
            if (by == SovDimension.Theme)
            {
                groups = OrderThemes(groups);
            }
        }
        return new ShareOfVoiceReport(set.Id, set.Brands, by, groups);
    }

    public async Task<TerritoryReport> TerritoryAsync(Brand brand, MentionFilter filter, CancellationToken cancellationToken)
    {
        var set = catalog.SetOf(brand);
        var scoped = (noise ?? NoiseExclusion.Default).Apply(filter).WithTerm(MentionFields.Brand, [.. set.Brands]);
        var perBrand = await index.AggregateAsync(new AggregationRequest(scoped, MentionFields.Brand), cancellationToken).ConfigureAwait(false);
        var perTheme = await index.AggregateAsync(new AggregationRequest(scoped, MentionFields.Theme) { ThenBy = MentionFields.Brand, Size = 1000 }, cancellationToken).ConfigureAwait(false);
        var themeCounts = perTheme.Buckets.ToDictionary(
            b => b.Key,
            b => (IReadOnlyDictionary<string, long>)b.Children.ToDictionary(c => c.Key, c => c.Count));
        // The territory's themes first, in the order configured, then the other configured themes the brand is talked about on.
        var themes = brand.Territory.Select(t => t.Theme)
            .Concat(catalog.Themes.Select(t => t.Id).Where(t => themeCounts.TryGetValue(t, out var c) && c.GetValueOrDefault(brand.Id) > 0))
            .Distinct()
            .ToArray();
        return TerritoryAnalysis.Analyse(brand, set.Brands, perBrand.Buckets.ToDictionary(b => b.Key, b => b.Count), themeCounts, themes);
    }

    private IReadOnlyList<ShareOfVoiceGroup> OrderThemes(IReadOnlyList<ShareOfVoiceGroup> groups) =>
        groups.OrderBy(g => catalog.Themes.ToList().FindIndex(t => t.Id == g.Key) is var i && i < 0 ? int.MaxValue : i).ToArray();

    private static string Field(SovDimension by) => by switch
    {
        SovDimension.Theme => MentionFields.Theme,
        SovDimension.Source => MentionFields.Source,
        SovDimension.Lang => MentionFields.Lang,
        _ => MentionFields.PublishedAt,
    };
}
