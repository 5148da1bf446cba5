using System.Globalization;
using Microsoft.AspNetCore.Authorization;

namespace SocialListening.Api.Security;

/// <summary>One authorization policy per role, named after it; a policy admits its role and every role above.</summary>
public static class RolePolicies
{
    public static void Add(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<ApiRole>())
        {
            options.AddPolicy(role.Name(), policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => Level(context.User) >= (int)role));
        }
        // Anything mapped without a policy still needs a key: a new endpoint cannot be public by accident.
        options.FallbackPolicy = options.GetPolicy(ApiRole.Viewer.Name());
    }

    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, ApiRole role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(role.Name());

    private static int Level(System.Security.Claims.ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(ApiKeyAuthentication.LevelClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : -1;
}
