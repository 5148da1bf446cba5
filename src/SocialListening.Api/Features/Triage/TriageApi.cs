using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Features.Insights;
using SocialListening.Api.Features.Search;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Spikes;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Api.Features.Triage;

/// <summary>The community manager's queue: complaints ranked by risk, actions on them, and volume spikes.</summary>
public static class TriageApi
{
    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/triage").WithTags("Triage");
        group.MapGet("/queue", QueueAsync).RequireRole(ApiRole.Viewer).WithName("TriageQueue")
            .WithSummary("Complaints and negative mentions ranked by risk, with their triage state");
        group.MapPost("/{source}/{id}", ActAsync).RequireRole(ApiRole.CommunityManager).WithName("TriageAction")
            .WithSummary("Acknowledge, assign, resolve or dismiss a mention of the queue");
        group.MapGet("/spikes", SpikesAsync).RequireRole(ApiRole.Viewer).WithName("Spikes")
            .WithSummary("Hourly mention spikes per brand over the last days, explained by sentiment, growing key phrases and top terms");
        return app;
    }

    private static async Task<Ok<TriageQueue>> QueueAsync(
        [AsParameters] FilterParameters filter, IMentionIndex index, TriageStore store, string? status, int? limit, CancellationToken ct)
    {
        var includeClosed = string.Equals(status, "all", StringComparison.OrdinalIgnoreCase);
        var queue = await new TriageQueueBuilder(index, store).BuildAsync(filter.ToFilter(), includeClosed, Math.Clamp(limit ?? 50, 1, 200), ct).ConfigureAwait(false);
        return TypedResults.Ok(queue);
    }

    private static async Task<Results<Ok<TriageActionResult>, ProblemHttpResult>> ActAsync(
        string source, string id, TriageActionRequest request, IMentionIndex index, TriageStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Enum.TryParse<TriageAction>(request.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action))
        {
            throw new ApiValidationException("action", $"'{request.Action}' is not an action; use acknowledge, assign, resolve or dismiss.");
        }
        if (action == TriageAction.Assign && string.IsNullOrWhiteSpace(request.Assignee))
        {
            throw new ApiValidationException("assignee", "An assignment needs an assignee.");
        }
        if (request.Note is { Length: > 2000 } || request.Assignee is { Length: > 200 })
        {
            throw new ApiValidationException("note", "The note is limited to 2000 characters and the assignee to 200.");
        }
        var exists = await index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(MentionFields.Source, source).WithTerm(MentionFields.Id, id)) { Limit = 1 }, ct).ConfigureAwait(false);
        if (exists.Hits.Count == 0)
        {
            return TypedResults.Problem($"No mention '{id}' from source '{source}' in the index.", statusCode: StatusCodes.Status404NotFound, title: "No such mention");
        }
        var mention = exists.Hits[0];
        var by = user.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var state = store.Record(mention.Key, action, action == TriageAction.Assign ? request.Assignee!.Trim() : null, request.Note, by);
        return TypedResults.Ok(new TriageActionResult(mention.Source, mention.Id, state));
    }

    private static async Task<Ok<SpikeReport>> SpikesAsync(
        [AsParameters] FilterParameters filter, IMentionIndex index, BrandCatalog catalog, TimeProvider time, ISpikePhrases phrases, int? days, CancellationToken ct)
    {
        var brands = filter.Brand is { Length: > 0 } named
            ? named.Select(b => CatalogLookup.Brand(catalog, b).Id).ToArray()
            : catalog.Brands.Select(b => b.Id).ToArray();
        var window = days ?? 8;
        if (window is < 2 or > 31)
        {
            throw new ApiValidationException("days", "days must be between 2 and 31.");
        }
        // The scanner splits by brand itself.
        var scope = FilterParameters.Without(filter.ToFilter(), MentionFields.Brand);
        return TypedResults.Ok(await new SpikeScanner(index, time, phrases: phrases).ScanAsync(MentionFields.Brand, brands, scope, window, ct).ConfigureAwait(false));
    }
}
