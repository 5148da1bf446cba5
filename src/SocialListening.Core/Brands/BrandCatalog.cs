namespace SocialListening.Core.Brands;

/// <summary>
/// The brands a deployment listens for, the themes they talk about, and the competitive sets they are compared in,
/// as written in the human-edited configuration file (see docs/configuration.md).
/// </summary>
public sealed record BrandCatalog(
    IReadOnlyList<Brand> Brands,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<CompetitiveSet> CompetitiveSets)
{
    public static readonly BrandCatalog Empty = new([], [], []);

    public Brand? FindBrand(string idOrName) =>
        Brands.FirstOrDefault(b => string.Equals(b.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(b.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    public Theme? FindTheme(string id) =>
        Themes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first competitive set that holds the brand, or a set of all brands when none is configured.</summary>
    public CompetitiveSet SetOf(Brand brand) =>
        CompetitiveSets.FirstOrDefault(s => s.Brands.Contains(brand.Id, StringComparer.OrdinalIgnoreCase))
        ?? new CompetitiveSet("all", "All brands", Brands.Select(b => b.Id).ToArray());
}

/// <summary>A brand and how the public names it. <see cref="Exclude"/> words near a mention veto it ("jus d'orange").</summary>
public sealed record Brand(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Handles,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<TerritoryTarget> Territory);

/// <summary>A theme of the brand's territory and the share of the brand's conversation it wants on it (0..1).</summary>
public sealed record TerritoryTarget(string Theme, double Target);

/// <summary>A theme and the French and English terms that signal it. A term ending in * matches any word it starts.</summary>
public sealed record Theme(string Id, string Name, IReadOnlyList<string> TermsFr, IReadOnlyList<string> TermsEn, IReadOnlyList<string> Exclude);

/// <summary>Brands compared together for share of voice.</summary>
public sealed record CompetitiveSet(string Id, string Name, IReadOnlyList<string> Brands);
