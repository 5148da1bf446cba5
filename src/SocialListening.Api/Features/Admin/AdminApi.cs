using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;

namespace SocialListening.Api.Features.Admin;

public sealed record NewKeyRequest(string Role, string? Name);

public sealed record NewKey(string Key, ApiKeyInfo Info);

public sealed record ConfigSummary(string? Path, int Brands, int Themes, int CompetitiveSets);

/// <summary>Configuration and access, for admins: API keys (create, list, revoke) and reloading the brand configuration.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin").RequireRole(ApiRole.Admin);
        group.MapGet("/keys", (ApiKeyStore keys) => TypedResults.Ok(keys.List()))
            .WithName("ListKeys").WithSummary("API keys: prefix, name, role (never the keys)");
        group.MapPost("/keys", CreateKey)
            .WithName("CreateKey").WithSummary("Create an API key; the answer is the only time the key is shown");
        group.MapDelete("/keys/{prefix}", RevokeKey)
            .WithName("RevokeKey").WithSummary("Revoke an API key by its prefix");
        group.MapPost("/config/reload", ReloadConfig)
            .WithName("ReloadConfig").WithSummary("Reload the brands, themes, targets and competitive sets from the configuration file");
        return app;
    }

    private static Created<NewKey> CreateKey(NewKeyRequest request, ApiKeyStore keys)
    {
        if (!ApiRoles.TryParse(request.Role, out var role))
        {
            throw new ApiValidationException("role", $"'{request.Role}' is not a role; use one of: {ApiRoles.All}.");
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? role.Name() : request.Name.Trim();
        if (name.Length > 100)
        {
            throw new ApiValidationException("name", "A key name is limited to 100 characters.");
        }
        var (key, info) = keys.Add(role, name);
        return TypedResults.Created($"/api/admin/keys/{info.Prefix}", new NewKey(key, info));
    }

    private static Results<NoContent, ProblemHttpResult> RevokeKey(string prefix, ApiKeyStore keys) =>
        keys.Revoke(prefix)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No API key with the prefix '{prefix}'.", statusCode: StatusCodes.Status404NotFound, title: "No such key");

    private static Ok<ConfigSummary> ReloadConfig(CatalogSource catalogs)
    {
        var catalog = catalogs.Reload();
        return TypedResults.Ok(new ConfigSummary(catalogs.Path, catalog.Brands.Count, catalog.Themes.Count, catalog.CompetitiveSets.Count));
    }
}
