using SocialListening.Core.Brands;

namespace SocialListening.Analysis.Phrases;

/// <summary>Brand names, aliases, hashtags and handles (and their words): everywhere in a brand's mentions, so never key phrases.</summary>
public static class BrandWords
{
    public static IEnumerable<string> Of(BrandCatalog catalog) =>
        catalog.Brands.SelectMany(b => b.Aliases.Concat(b.Hashtags).Concat(b.Handles).Append(b.Id).Append(b.Name))
            .SelectMany(a => a.Split(' ').Append(a));
}
