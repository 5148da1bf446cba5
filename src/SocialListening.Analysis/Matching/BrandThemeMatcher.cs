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
    // Every alias, brand exclusion, theme term and theme exclusion list as one group of the index: brand b's
    // aliases are group 2b and its exclusions 2b+1; theme t's terms and exclusions follow the brands'.
    private readonly TermIndex _index;

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
        _index = new TermIndex([.. _brands.SelectMany(b => new[] { b.Aliases, b.Exclude }), .. _themes.SelectMany(t => new[] { t.Terms, t.Exclude })]);
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
        Span<bool> found = _index.GroupCount <= 256 ? stackalloc bool[_index.GroupCount] : new bool[_index.GroupCount];
        _index.Find(text.Words, found);
        var brands = new List<string>();
        for (var b = 0; b < _brands.Length; b++)
        {
            var brand = _brands[b];
            var tagged = MatchText.AnyIn(text.Hashtags, brand.Hashtags) || MatchText.AnyIn(text.Handles, brand.Handles);
            if (tagged || (found[2 * b] && !found[2 * b + 1]))
            {
                brands.Add(brand.Id);
            }
        }
        var themes = new List<string>();
        var first = 2 * _brands.Length;
        for (var t = 0; t < _themes.Length; t++)
        {
            if (found[first + 2 * t] && !found[first + 2 * t + 1])
            {
                themes.Add(_themes[t].Id);
            }
        }
        return (brands, themes);
    }

    private static TermPattern[] Patterns(IEnumerable<string> terms) =>
        terms.Select(TermPattern.Parse).OfType<TermPattern>().ToArray();

    private sealed record CompiledBrand(string Id, TermPattern[] Aliases, HashSet<string> Hashtags, HashSet<string> Handles, TermPattern[] Exclude);

    private sealed record CompiledTheme(string Id, TermPattern[] Terms, TermPattern[] Exclude);
}
