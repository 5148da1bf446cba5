using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SocialListening.Api.Security;

/// <summary>
/// Authenticates the X-Api-Key header (or Authorization: Bearer) against the key store, and answers 401/403 with
/// ProblemDetails that say what is missing, so a dashboard or a script can show the reason as is.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string LevelClaim = "sl_role_level";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (keys.Verify(presented) is not { } key)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid (unknown or revoked)."));
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Prefix),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role.Name()),
                new Claim(LevelClaim, ((int)key.Role).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var detail = result.Failure?.Message
            ?? $"This endpoint needs an API key in the {HeaderName} header (or Authorization: Bearer). Create one with: sl keys add --role viewer";
        await Problem(StatusCodes.Status401Unauthorized, "Missing or invalid API key", detail).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
        var role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        var detail = $"This API key has the role '{role}'; this endpoint needs the role '{needed ?? ApiRole.Viewer.Name()}' or above.";
        return Problem(StatusCodes.Status403Forbidden, "Role too low", detail);
    }

    private Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = $"ApiKey header=\"{HeaderName}\", Bearer";
        }
        return Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(Context);
    }

    public static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
