using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Catalog;

public sealed record CatalogBrand(string Id, string Name, IReadOnlyList<TerritoryTarget> Territory);

public sealed record CatalogTheme(string Id, string Name);

public sealed record CatalogResponse(IReadOnlyList<CatalogBrand> Brands, IReadOnlyList<CatalogTheme> Themes, IReadOnlyList<CompetitiveSet> CompetitiveSets, string Role);

public sealed record SourceSummary(string Source, long Mentions, DateTimeOffset? Newest);

/// <summary>
/// What the dashboards need to label things: brands, themes, competitive sets (and the caller's role), and the
/// sources present in the index.
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
        app.MapGet("/api/sources", SourcesAsync)
            .WithTags("Sources").RequireRole(ApiRole.Viewer).WithName("Sources")
            .WithSummary("Sources present in the index, with their mention count and newest mention");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SourceSummary>>> SourcesAsync(IMentionIndex index, CancellationToken ct)
    {
        var sources = await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Source) { Size = 1000 }, ct).ConfigureAwait(false);
        var summaries = new List<SourceSummary>();
        foreach (var bucket in sources.Buckets)
        {
            var newest = await index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(MentionFields.Source, bucket.Key)) { Limit = 1 }, ct).ConfigureAwait(false);
            summaries.Add(new SourceSummary(bucket.Key, bucket.Count, newest.Hits.FirstOrDefault()?.PublishedAt));
        }
        return TypedResults.Ok<IReadOnlyList<SourceSummary>>(summaries);
    }
}
