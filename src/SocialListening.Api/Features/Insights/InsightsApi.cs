using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SocialListening.Analysis.Topics;
using SocialListening.Api.Features.Search;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Territory;

namespace SocialListening.Api.Features.Insights;

/// <summary>Share of voice and territory for the brand manager: the reports of <see cref="BrandInsights"/>, plus trends.</summary>
public static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights").WithTags("Insights").RequireRole(ApiRole.Viewer);
        group.MapGet("/share-of-voice", ShareOfVoiceAsync).WithName("ShareOfVoice")
            .WithSummary("Share of voice of a competitive set, overall or by theme, source, lang or day");
        group.MapGet("/territory/{brand}", TerritoryAsync).WithName("Territory")
            .WithSummary("A brand's territory: association vs target per theme, share of voice vs competitors, alignment");
        group.MapGet("/territory/{brand}/trend", TrendAsync).WithName("TerritoryTrend")
            .WithSummary("The territory per day or week: alignment and association per theme over time");
        group.MapGet("/sentiment/{brand}", SentimentAsync).WithName("SentimentByTheme")
            .WithSummary("Sentiment per theme of a brand's mentions (empty until the sentiment stage has run)");
        group.MapGet("/emerging", EmergingAsync).WithName("EmergingThemes")
            .WithSummary("Themes growing in the last days against the windows before");
        group.MapGet("/topics/{brand}", Topics).WithName("Topics")
            .WithSummary("The topics `sl topics --brand B` last saved for a brand (emerging topics, territory gap with suggested themes), or null with the command that computes them");
        return app;
    }

    private static async Task<Ok<ShareOfVoiceReport>> ShareOfVoiceAsync(
        [AsParameters] FilterParameters filter, BrandInsights insights, BrandCatalog catalog, string? set, string? by, CancellationToken ct)
    {
        var dimension = string.IsNullOrWhiteSpace(by) ? SovDimension.All
            : Enum.TryParse<SovDimension>(by, ignoreCase: true, out var d) && Enum.IsDefined(d) ? d
            : throw new ApiValidationException("by", $"'{by}' is not a dimension; use all, theme, source, lang or day.");
        var report = await insights.ShareOfVoiceAsync(CatalogLookup.Set(catalog, set), dimension, filter.ToFilter(), ct).ConfigureAwait(false);
        return TypedResults.Ok(report);
    }

    private static async Task<Ok<TerritoryReport>> TerritoryAsync(
        string brand, [AsParameters] FilterParameters filter, BrandInsights insights, BrandCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await insights.TerritoryAsync(CatalogLookup.Brand(catalog, brand), filter.ToFilter(), ct).ConfigureAwait(false));

    private static async Task<Ok<TerritoryTrend>> TrendAsync(
        string brand, [AsParameters] FilterParameters filter, BrandInsights insights, BrandCatalog catalog, IMentionIndex index, string? interval, CancellationToken ct)
    {
        var target = CatalogLookup.Brand(catalog, brand);
        var dateInterval = SearchApi.ParseInterval(interval, DateInterval.Week);
        var points = await new TerritoryTrends(index, insights).ComputeAsync(target, filter.ToFilter(), dateInterval, ct).ConfigureAwait(false);
        return TypedResults.Ok(new TerritoryTrend(target.Id, dateInterval.ToString().ToLowerInvariant(), points));
    }

    private static async Task<Ok<SentimentByTheme>> SentimentAsync(
        string brand, [AsParameters] FilterParameters filter, BrandCatalog catalog, IMentionIndex index, CancellationToken ct)
    {
        var target = CatalogLookup.Brand(catalog, brand);
        return TypedResults.Ok(await ThemeSentiments.ComputeAsync(index, target, filter.ToFilter(), ct).ConfigureAwait(false));
    }

    private static Ok<SavedTopics> Topics(string brand, BrandCatalog catalog, IOptions<ApiOptions> options)
    {
        var target = CatalogLookup.Brand(catalog, brand);
        var command = $"sl topics --brand {target.Id}";
        return TypedResults.Ok(new SavedTopics(target.Id, command, TopicReportFile.Load(options.Value.DataDirectory, target.Id)));
    }

    private static async Task<Ok<EmergingThemes>> EmergingAsync(
        [AsParameters] FilterParameters filter, BrandCatalog catalog, IMentionIndex index, TimeProvider time, string? brand, int? days, CancellationToken ct)
    {
        var target = string.IsNullOrWhiteSpace(brand) ? null : CatalogLookup.Brand(catalog, brand);
        var window = days ?? 7;
        if (window is < 1 or > 90)
        {
            throw new ApiValidationException("days", "days must be between 1 and 90.");
        }
        var result = await new EmergingThemeDetector(index, time).DetectAsync(target?.Id, filter.ToFilter(), window, ct).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }
}
