using System.Net;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>/health, /metrics, the OpenAPI document and the sources list.</summary>
public sealed class OperationsTests(ApiFixture api)
{
    [Fact]
    public async Task Health_reports_the_index_scheduler_and_models()
    {
        var health = await api.Client(ApiRole.Viewer).OkJsonAsync("/health");

        Assert.Equal("healthy", health.GetProperty("index").GetProperty("status").GetString());
        Assert.Equal(await api.CountAsync("*:*"), health.GetProperty("mentions").GetInt64());
        Assert.Equal("not_configured", health.GetProperty("scheduler").GetProperty("status").GetString());
        Assert.True(health.TryGetProperty("models", out _));
    }

    [Fact]
    public async Task Metrics_are_in_the_Prometheus_text_format()
    {
        var client = api.Client(ApiRole.Viewer);
        await client.OkJsonAsync("/api/search?limit=1");
        using var response = await client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("version=0.0.4", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("# TYPE sl_index_mentions gauge\n", text, StringComparison.Ordinal);
        Assert.Contains($"\nsl_index_mentions {await api.CountAsync("*:*")}\n", text, StringComparison.Ordinal);
        Assert.Contains("\nsl_triage_queue_candidates 3\n", text, StringComparison.Ordinal);
        Assert.Matches("sl_http_requests_total\\{route=\"/api/search/\",method=\"GET\",status=\"200\"\\} [1-9]", text);
        Assert.Matches("sl_http_request_duration_seconds_bucket\\{route=\"/api/search/\",le=\"\\+Inf\"\\} [1-9]", text);
        // Every line is a comment or `name{labels} value`.
        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => Assert.Matches("^(# (HELP|TYPE) .+|[a-z_]+(\\{([a-z_]+=\"[^\"]*\",?)+\\})? [-+0-9.eEInf]+)$", line));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_group_and_is_public()
    {
        var document = await api.Client().OkJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        var tags = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .ToHashSet();

        Assert.Superset(new HashSet<string?> { "Search", "Insights", "Export", "Triage", "Catalog", "Sources", "Alerts", "Health", "Admin" }, tags);
        Assert.Contains("/api/insights/territory/{brand}", paths);
        Assert.Contains("/metrics", paths);
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(search.GetProperty("summary").GetString()));
        Assert.Contains(search.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
    }

    [Fact]
    public async Task Sources_lists_what_the_index_holds()
    {
        var sources = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/sources");
        var names = sources.EnumerateArray().Select(s => s.GetProperty("source").GetString()).ToArray();

        Assert.Contains("mastodon", names);
        Assert.Contains("triage-test", names);
        Assert.Equal(await api.CountAsync("*:*"), sources.EnumerateArray().Sum(s => s.GetProperty("mentions").GetInt64()));
    }

    [Fact]
    public async Task The_catalog_tells_the_dashboards_the_callers_role()
    {
        var catalog = await api.Client(ApiRole.Analyst).OkJsonAsync("/api/catalog");

        Assert.Equal("analyst", catalog.GetProperty("role").GetString());
        Assert.Equal(3, catalog.GetProperty("brands").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_ProblemDetails()
    {
        var (status, body, _) = await api.Client(ApiRole.Viewer).GetJsonAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }
}
