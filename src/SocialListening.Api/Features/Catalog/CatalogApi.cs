using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Catalog;

public sealed record CatalogBrand(string Id, string Name, IReadOnlyList<TerritoryTarget> Territory);

public sealed record CatalogTheme(string Id, string Name);

public sealed record CatalogResponse(IReadOnlyList<CatalogBrand> Brands, IReadOnlyList<CatalogTheme> Themes, IReadOnlyList<CompetitiveSet> CompetitiveSets, string Role);

/// <summary>
/// What the dashboards need to label things: brands, themes, competitive sets, and the caller's role.
/// </summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalog", (BrandCatalog catalog, System.Security.Claims.ClaimsPrincipal user) => TypedResults.Ok(new CatalogResponse(
                catalog.Brands.Select(b => new CatalogBrand(b.Id, b.Name, b.Territory)).ToArray(),
                catalog.Themes.Select(t => new CatalogTheme(t.Id, t.Name)).ToArray(),
                catalog.CompetitiveSets,
                user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "")))
            .WithTags("Catalog").RequireRole(ApiRole.Viewer).WithName("Catalog")
            .WithSummary("Configured brands (with territory targets), themes and competitive sets, and the caller's role");
        return app;
    }
}
