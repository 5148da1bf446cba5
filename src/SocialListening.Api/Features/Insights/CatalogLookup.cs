using SocialListening.Api.Hosting;
using SocialListening.Core.Brands;

namespace SocialListening.Api.Features.Insights;

/// <summary>Finds a brand or competitive set named in a request, or says which ones exist.</summary>
public static class CatalogLookup
{
    public static Brand Brand(BrandCatalog catalog, string idOrName) =>
        catalog.FindBrand(idOrName)
        ?? throw new ApiValidationException("brand", $"No brand '{idOrName}'. Brands: {string.Join(", ", catalog.Brands.Select(b => b.Id))}.");

    public static CompetitiveSet Set(BrandCatalog catalog, string? id)
    {
        if (catalog.Brands.Count == 0)
        {
            throw new ApiValidationException("set", "No brands are configured: start the server with a configuration file (--config).");
        }
        if (string.IsNullOrWhiteSpace(id))
        {
            return catalog.CompetitiveSets.FirstOrDefault() ?? catalog.SetOf(catalog.Brands[0]);
        }
        return catalog.CompetitiveSets.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new ApiValidationException("set", $"No competitive set '{id}'. Sets: {string.Join(", ", catalog.CompetitiveSets.Select(s => s.Id))}.");
    }
}
