using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Api.Features.Privacy;

/// <summary>An author, named by the handle as it appears on the source (or its pseudonym), and optionally one source.</summary>
public sealed record AuthorRequest(string? Handle, string? Source);

public sealed record ForgetResponse(IReadOnlyList<string> Pseudonyms, string? Source, long Mentions, long Triage, long Engagement, long Alerts, long RawLines, long AuditEntry);

/// <summary>
/// The data-subject requests, for admins: erasure and export of an author. The handle travels in the JSON body,
/// never in the URL, so it does not end up in access logs, proxies or browser history.
/// </summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/authors").WithTags("Privacy").RequireRole(ApiRole.Admin);
        group.MapPost("/forget", ForgetAsync).WithName("ForgetAuthor")
            .WithSummary("Erase every mention of an author (all sources, or one) from the index and the state database, with an audit record");
        group.MapPost("/export", ExportAsync).WithName("ExportAuthor")
            .WithSummary("Everything held about an author: mentions with enrichment, triage actions, engagement, privacy audit entries");
        return app;
    }

    private static async Task<Ok<ForgetResponse>> ForgetAsync(AuthorRequest request, AuthorEraser eraser, ClaimsPrincipal user, CancellationToken ct)
    {
        var source = string.IsNullOrWhiteSpace(request.Source) ? null : request.Source.Trim();
        var result = await eraser.ForgetAsync(Handle(request), source, Who(user), ct).ConfigureAwait(false);
        return TypedResults.Ok(new ForgetResponse(result.Pseudonyms, result.Source, result.Mentions, result.Triage, result.Engagement, result.Alerts, result.RawLines, result.AuditEntry));
    }

    private static async Task<Ok<JsonObject>> ExportAsync(AuthorRequest request, AuthorExporter exporter, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await exporter.ExportAsync(Handle(request), Who(user), ct).ConfigureAwait(false)).ToJson());

    private static string Handle(AuthorRequest request) =>
        request.Handle is { } handle && handle.Trim().TrimStart('@').Length is > 0 and <= 200
            ? handle.Trim()
            : throw new ApiValidationException("handle", "An author handle (1 to 200 characters) is required.");

    // The key's name and prefix: who asked, as the audit records it.
    private static string Who(ClaimsPrincipal user) =>
        $"{user.FindFirstValue(ClaimTypes.Name) ?? "unknown"} (API key {user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?"})";
}
