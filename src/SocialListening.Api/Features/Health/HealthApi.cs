using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Features.Triage;
using SocialListening.Api.Security;
using SocialListening.Core.Index;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Api.Features.Health;

public sealed record ComponentHealth(string Status, string Detail);

public sealed record HealthReport(string Status, ComponentHealth Index, ComponentHealth Scheduler, ComponentHealth Models, long Mentions);

/// <summary>/health (index, scheduler, models) and /metrics (Prometheus).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", HealthAsync).WithTags("Health").RequireRole(ApiRole.Viewer).WithName("Health")
            .WithSummary("State of the index, the scheduler and the models");
        app.MapGet("/metrics", MetricsAsync).WithTags("Health").RequireRole(ApiRole.Viewer).WithName("Metrics")
            .WithSummary("Prometheus metrics: index size, mentions ingested by the crawlers, triage queue depth, request latency");
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> HealthAsync(IMentionIndex index, CancellationToken ct)
    {
        long mentions = -1;
        ComponentHealth indexHealth;
        try
        {
            mentions = (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, ct).ConfigureAwait(false)).Total;
            indexHealth = new ComponentHealth("healthy", $"{mentions} mentions");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            indexHealth = new ComponentHealth("unhealthy", e.Message);
        }
        // Crawling is not scheduled by this process yet: say so rather than report a healthy scheduler that does not exist.
        var scheduler = new ComponentHealth("not_configured", "No crawl schedule runs in this process; data comes from `sl import`.");
        var models = ModelFiles();
        var report = new HealthReport(indexHealth.Status, indexHealth, scheduler, models, mentions);
        return indexHealth.Status == "healthy"
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static ComponentHealth ModelFiles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "models");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray() : [];
        return files.Length == 0
            ? new ComponentHealth("none", "No trained model beside the binary; scores that need one stay empty.")
            : new ComponentHealth("healthy", "Loaded on demand: " + string.Join(", ", files));
    }

    private static async Task<ContentHttpResult> MetricsAsync(IMentionIndex index, RequestMetrics requests, IServiceProvider services, CancellationToken ct)
    {
        var total = (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, ct).ConfigureAwait(false)).Total;
        var queue = (await index.SearchAsync(new SearchRequest(TriageQueueBuilder.Candidates(MentionFilter.All)) { Limit = 0 }, ct).ConfigureAwait(false)).Total;
        var text = new PrometheusText()
            .Metric("sl_index_mentions", "gauge", "Mentions in the index; rate(sl_index_mentions[5m]) is the ingest rate.")
            .Sample("sl_index_mentions", total)
            .Metric("sl_triage_queue_candidates", "gauge", "Complaints and negative mentions in the index (the triage queue before actions).")
            .Sample("sl_triage_queue_candidates", queue)
            .Metric("sl_ingest_mentions_total", "counter", "Mentions written by this process's crawlers since it started, by source and outcome (added, updated).");
        // Only `sl run` crawls; elsewhere the family is declared with no samples.
        foreach (var ((source, outcome), count) in (services.GetService<IngestMetrics>()?.Totals ?? new Dictionary<(string, string), long>()).OrderBy(t => t.Key.Source, StringComparer.Ordinal).ThenBy(t => t.Key.Outcome, StringComparer.Ordinal))
        {
            text.Sample("sl_ingest_mentions_total", count, ("source", source), ("outcome", outcome));
        }
        text.Metric("sl_http_requests_total", "counter", "HTTP requests by route, method and status.");
        foreach (var ((route, method, status), count) in requests.Counts.OrderBy(c => c.Key.Route, StringComparer.Ordinal))
        {
            text.Sample("sl_http_requests_total", count, ("route", route), ("method", method), ("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        text.Metric("sl_http_request_duration_seconds", "histogram", "HTTP request latency by route.");
        foreach (var (route, histogram) in requests.Latency.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            lock (histogram)
            {
                for (var i = 0; i < RequestMetrics.Buckets.Length; i++)
                {
                    text.Sample("sl_http_request_duration_seconds_bucket", histogram.Counts[i], ("route", route), ("le", PrometheusText.Format(RequestMetrics.Buckets[i])));
                }
                text.Sample("sl_http_request_duration_seconds_bucket", histogram.Total, ("route", route), ("le", "+Inf"));
                text.Sample("sl_http_request_duration_seconds_sum", histogram.Sum, ("route", route));
                text.Sample("sl_http_request_duration_seconds_count", histogram.Total, ("route", route));
            }
        }
        return TypedResults.Text(text.ToString(), "text/plain; version=0.0.4; charset=utf-8");
    }
}
