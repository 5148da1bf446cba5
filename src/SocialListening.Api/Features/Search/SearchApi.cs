using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Search;

/// <summary>Search: pages of mentions with a cursor, facet counts, and a date histogram, all over the same filters.</summary>
public static class SearchApi
{
    public const int MaxLimit = 100;

    private static readonly string[] FacetFields =
        [MentionFields.Brand, MentionFields.Theme, MentionFields.Source, MentionFields.Lang, MentionFields.Sentiment, MentionFields.Stage];

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search").RequireRole(ApiRole.Viewer);
        group.MapGet("/", SearchAsync).WithName("Search")
            .WithSummary("Search mentions (classic query syntax, filters, sort newest|oldest|relevance, cursor pagination)");
        group.MapGet("/facets", FacetsAsync).WithName("SearchFacets")
            .WithSummary("Counts of the matching mentions per brand, theme, source, language, sentiment and stage (each facet ignores its own filter)");
        group.MapGet("/histogram", HistogramAsync).WithName("SearchHistogram")
            .WithSummary("Counts of the matching mentions per hour, day or week of publication, empty periods included");
        return app;
    }

    private static async Task<Ok<SearchResponse>> SearchAsync(
        [AsParameters] FilterParameters filter, IMentionIndex index, string? sort, int? limit, string? cursor, CancellationToken ct)
    {
        var request = new SearchRequest(filter.ToFilter())
        {
            Sort = ParseSort(sort),
            Limit = Math.Clamp(limit ?? 20, 0, MaxLimit),
            Cursor = string.IsNullOrWhiteSpace(cursor) ? null : cursor,
        };
        var page = await index.SearchAsync(request, ct).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResponse(page.Total, page.Hits.Select(MentionJson.ToRecord).ToArray(), page.NextCursor));
    }

    private static async Task<Ok<FacetsResponse>> FacetsAsync([AsParameters] FilterParameters filter, IMentionIndex index, int? size, CancellationToken ct)
    {
        var mentionFilter = filter.ToFilter();
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var field in FacetFields)
        {
            // Each facet ignores its own filter, so that ticking one brand still shows the others to add.
            var others = FilterParameters.Without(mentionFilter, field);
            var result = await index.AggregateAsync(new AggregationRequest(others, field) { Size = Math.Clamp(size ?? 20, 1, 200) }, ct).ConfigureAwait(false);
            facets[field] = result.Buckets.Select(b => new FacetValue(b.Key, b.Count)).ToArray();
        }
        var total = (await index.SearchAsync(new SearchRequest(mentionFilter) { Limit = 0 }, ct).ConfigureAwait(false)).Total;
        return TypedResults.Ok(new FacetsResponse(total, facets));
    }

    private static async Task<Ok<HistogramResponse>> HistogramAsync([AsParameters] FilterParameters filter, IMentionIndex index, string? interval, CancellationToken ct)
    {
        var dateInterval = ParseInterval(interval, DateInterval.Day);
        var result = await index.AggregateAsync(new AggregationRequest(filter.ToFilter(), MentionFields.PublishedAt) { Interval = dateInterval }, ct).ConfigureAwait(false);
        return TypedResults.Ok(new HistogramResponse(dateInterval.ToString().ToLowerInvariant(), result.Total, DateSeries.Fill(result.Buckets, dateInterval)));
    }

    public static SearchSort ParseSort(string? sort) =>
        string.IsNullOrWhiteSpace(sort) ? SearchSort.Newest
        : Enum.TryParse<SearchSort>(sort, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new ApiValidationException("sort", $"'{sort}' is not a sort order; use newest, oldest or relevance.");

    public static DateInterval ParseInterval(string? interval, DateInterval fallback) =>
        string.IsNullOrWhiteSpace(interval) ? fallback
        : Enum.TryParse<DateInterval>(interval, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new ApiValidationException("interval", $"'{interval}' is not an interval; use hour, day or week.");
}
