using SocialListening.Core.Analysis;
using SocialListening.Core.Brands;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Analysis.Matching;

/// <summary>
/// Finds the configured brands and themes a mention talks about, ignoring case and accents, on word boundaries.
/// A brand is named by an alias, a hashtag or an @handle; an alias alone is vetoed by the brand's exclusion terms
/// ("mandarine" near "jus" is the fruit), while a hashtag or handle is unambiguous. Themes match their French and
/// English terms in any mention (people mix languages), unless one of the theme's exclusion terms is present.
/// </summary>
public sealed class BrandThemeMatcher : IEnrichmentStage
{
    private readonly CompiledBrand[] _brands;
    private readonly CompiledTheme[] _themes;

    public BrandThemeMatcher(BrandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _brands = catalog.Brands.Select(b => new CompiledBrand(
            b.Id,
            Patterns(b.Aliases),
            b.Hashtags.Concat(b.Aliases).Select(h => TextFolding.Fold(h).Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal),
            b.Handles.Concat(b.Aliases).Select(h => TextFolding.Fold(h).Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal),
            Patterns(b.Exclude))).ToArray();
        _themes = catalog.Themes.Select(t => new CompiledTheme(t.Id, Patterns(t.TermsFr.Concat(t.TermsEn)), Patterns(t.Exclude))).ToArray();
    }

    public void Enrich(Mention[] batch)
    {
        for (var i = 0; i < batch.Length; i++)
        {
            var (brands, themes) = Match(batch[i]);
            batch[i] = batch[i] with { Enrichment = batch[i].Enrichment with { Brands = brands, Themes = themes } };
        }
    }

    public (IReadOnlyList<string> Brands, IReadOnlyList<string> Themes) Match(Mention mention)
    {
        var text = new MatchText(string.IsNullOrEmpty(mention.Title) ? mention.Text : mention.Title + "\n" + mention.Text);
        var brands = new List<string>();
        foreach (var brand in _brands)
        {
            var tagged = brand.Hashtags.Overlaps(text.Hashtags) || brand.Handles.Overlaps(text.Handles);
            if (tagged || (text.ContainsAny(brand.Aliases) && !text.ContainsAny(brand.Exclude)))
            {
                brands.Add(brand.Id);
            }
        }
        var themes = new List<string>();
        foreach (var theme in _themes)
        {
            if (text.ContainsAny(theme.Terms) && !text.ContainsAny(theme.Exclude))
            {
                themes.Add(theme.Id);
            }
        }
        return (brands, themes);
    }

    private static TermPattern[] Patterns(IEnumerable<string> terms) =>
        terms.Select(TermPattern.Parse).OfType<TermPattern>().ToArray();

    private sealed record CompiledBrand(string Id, TermPattern[] Aliases, HashSet<string> Hashtags, HashSet<string> Handles, TermPattern[] Exclude);

    private sealed record CompiledTheme(string Id, TermPattern[] Terms, TermPattern[] Exclude);
}
