using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Features.Triage;
using SocialListening.Api.Security;
using SocialListening.Core.Index;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Api.Features.Health;

public sealed record HealthReport(string Status, IReadOnlyList<string> Down, ComponentHealth Index, ComponentHealth Scheduler, ComponentHealth Models,
    ComponentHealth StateDatabase, ComponentHealth Disk, long Mentions);

/// <summary>/health (index, scheduler, models, state database, disk: 503 naming the parts that are down) and /metrics (Prometheus).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", HealthAsync).WithTags("Health").RequireRole(ApiRole.Viewer).WithName("Health")
            .WithSummary("State of the index, the scheduler, the models, the state database and the data folder's disk; 503 naming the parts that are down");
        app.MapGet("/metrics", MetricsAsync).WithTags("Health").RequireRole(ApiRole.Viewer).WithName("Metrics")
            .WithSummary("Prometheus metrics: index size, mentions ingested by the crawlers, triage queue depth, request latency");
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> HealthAsync(HealthChecks checks, CancellationToken ct)
    {
        var (index, mentions) = await checks.IndexAsync(ct).ConfigureAwait(false);
        var scheduler = await checks.SchedulerAsync(ct).ConfigureAwait(false);
        var models = HealthChecks.Models();
        var state = checks.StateDatabase();
        var disk = checks.Disk();
        string[] down = [.. new (string Name, ComponentHealth Health)[] { ("index", index), ("scheduler", scheduler), ("models", models), ("state_database", state), ("disk", disk) }
            .Where(c => c.Health.IsDown).Select(c => c.Name)];
        var report = new HealthReport(down.Length == 0 ? ComponentHealth.Healthy : ComponentHealth.Unhealthy, down, index, scheduler, models, state, disk, mentions);
        return down.Length == 0
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
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
