using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Ingestion.Scheduling;

namespace SocialListening.Api.Features.Sources;

/// <summary>
/// The sources: every crawled source (configured or added) with its state, and every source present in the index
/// (file imports included) with its volume; admins add, pause, resume, remove and run sources.
/// </summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Sources");
        group.MapGet("", ListAsync).RequireRole(ApiRole.Viewer).WithName("Sources")
            .WithSummary("Crawled sources (state, schedule, next run) and sources present in the index, with mention count and newest mention");
        group.MapPost("", AddAsync).RequireRole(ApiRole.Admin).WithName("AddSource").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a crawled source (kept in the data folder; the configuration file is not changed)");
        group.MapPost("/{name}/pause", (string name, SourceControl sources, CancellationToken ct) => ChangeAsync(sources.SetPausedAsync(name, true, ct)))
            .RequireRole(ApiRole.Admin).WithName("PauseSource").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Stop scheduling a source (its cursor is kept)");
        group.MapPost("/{name}/resume", (string name, SourceControl sources, CancellationToken ct) => ChangeAsync(sources.SetPausedAsync(name, false, ct)))
            .RequireRole(ApiRole.Admin).WithName("ResumeSource").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Schedule a paused source again");
        group.MapPost("/{name}/run", RunAsync).RequireRole(ApiRole.Admin).WithName("RunSource").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Crawl a source now (only in `sl run`, which runs the scheduler)");
        group.MapDelete("/{name}", RemoveAsync).RequireRole(ApiRole.Admin).WithName("RemoveSource").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove a source added at run time (its mentions stay in the index)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SourceSummary>>> ListAsync(IMentionIndex index, SourceControl sources, CancellationToken ct)
    {
        var inIndex = await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Source) { Size = 1000 }, ct).ConfigureAwait(false);
        var counts = inIndex.Buckets.ToDictionary(b => b.Key, b => b.Count, StringComparer.Ordinal);
        var summaries = new List<SourceSummary>();
        foreach (var status in await sources.ListAsync(ct).ConfigureAwait(false))
        {
            var name = status.Definition.Name;
            summaries.Add(SourceSummary.Crawled(status, counts.GetValueOrDefault(name), await NewestAsync(index, name, ct).ConfigureAwait(false)));
            counts.Remove(name);
        }
        foreach (var bucket in inIndex.Buckets.Where(b => counts.ContainsKey(b.Key)))
        {
            summaries.Add(SourceSummary.Imported(bucket.Key, bucket.Count, await NewestAsync(index, bucket.Key, ct).ConfigureAwait(false)));
        }
        return TypedResults.Ok<IReadOnlyList<SourceSummary>>(summaries);
    }

    private static async Task<DateTimeOffset?> NewestAsync(IMentionIndex index, string source, CancellationToken ct) =>
        (await index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(MentionFields.Source, source)) { Limit = 1 }, ct).ConfigureAwait(false)).Hits.FirstOrDefault()?.PublishedAt;

    // Unknown names (404), conflicts (409) and invalid definitions (400) become ProblemDetails in ProblemExceptionHandler.
    private static async Task<Created<SourceSummary>> AddAsync(NewSourceRequest request, SourceControl sources, CancellationToken ct)
    {
        var definition = request.ToDefinition();
        // A watched folder reads the server's file system: that stays a decision of whoever edits the configuration on the machine.
        if (definition.Kind == "folder")
        {
            throw new ApiValidationException("kind", "Watched folders are added in the configuration file or with 'sl sources add' on the server, not over the API.");
        }
        var status = await sources.AddAsync(definition, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/sources/{Uri.EscapeDataString(definition.Name)}", SourceSummary.Crawled(status, 0, null));
    }

    private static async Task<Ok<SourceSummary>> ChangeAsync(Task<SourceStatus> change) =>
        TypedResults.Ok(SourceSummary.Crawled(await change.ConfigureAwait(false), null, null));

    private static async Task<Accepted> RunAsync(string name, SourceControl sources, CancellationToken ct)
    {
        await sources.RunNowAsync(name, ct).ConfigureAwait(false);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> RemoveAsync(string name, SourceControl sources, CancellationToken ct)
    {
        await sources.RemoveAsync(name, ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
