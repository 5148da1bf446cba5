using SocialListening.Core.Brands;

namespace SocialListening.Core.Territory;

/// <summary>Pure territory arithmetic over counts; the index provides the counts, this turns them into a report.</summary>
public static class TerritoryAnalysis
{
    /// <param name="brand">The brand to report on.</param>
    /// <param name="competitors">The brands of its competitive set (the brand included).</param>
    /// <param name="mentionsPerBrand">Each brand's total mentions.</param>
    /// <param name="mentionsPerThemeAndBrand">theme -> brand -> mentions naming the brand on the theme.</param>
    /// <param name="themes">The themes to report: the brand's territory first, then any other theme with mentions.</param>
    public static TerritoryReport Analyse(
        Brand brand,
        IReadOnlyList<string> competitors,
        IReadOnlyDictionary<string, long> mentionsPerBrand,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> mentionsPerThemeAndBrand,
        IReadOnlyList<string> themes)
    {
        var brandTotal = mentionsPerBrand.GetValueOrDefault(brand.Id);
        var targets = brand.Territory.ToDictionary(t => t.Theme, t => t.Target);
        var positions = new List<ThemePosition>();
        foreach (var theme in themes)
        {
            var perBrand = mentionsPerThemeAndBrand.GetValueOrDefault(theme) ?? new Dictionary<string, long>();
            var group = ShareOfVoice.Group(theme, perBrand, competitors);
            var own = group.Brands.First(b => b.Brand == brand.Id);
            var leader = group.Brands[0];
            positions.Add(new ThemePosition(
                theme,
                own.Mentions,
                brandTotal == 0 ? 0 : (double)own.Mentions / brandTotal,
                targets.TryGetValue(theme, out var target) ? target : null,
                own.Share,
                leader.Mentions == 0 ? brand.Id : leader.Brand,
                leader.Share == 0 ? (own.Share == 0 ? 0 : 1) : own.Share / leader.Share,
                group.Brands));
        }
        var alignment = Alignment(brand.Territory.Select(t =>
            (positions.FirstOrDefault(p => p.Theme == t.Theme)?.Association ?? 0, t.Target)));
        return new TerritoryReport(brand.Id, brandTotal, positions, alignment);
    }

    /// <summary>
    /// Weighted Jaccard (Ruzicka) similarity between the observed associations and the targets, theme by theme:
    /// sum of min / sum of max. 1 when the conversation sits on each theme exactly as much as wanted, 0 when it
    /// touches none of the targeted themes. Over- and under-shooting a target cost the same.
    /// </summary>
    public static double Alignment(IEnumerable<(double Observed, double Target)> themes)
    {
        double min = 0, max = 0;
        foreach (var (observed, target) in themes)
        {
            min += Math.Min(observed, target);
            max += Math.Max(observed, target);
        }
        return max == 0 ? 0 : min / max;
    }
}
