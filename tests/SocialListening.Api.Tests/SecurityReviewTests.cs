using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SocialListening.Api.Security;
using SocialListening.Tests.Hostile;

namespace SocialListening.Api.Tests;

/// <summary>
/// The security review of the API and dashboards as tests: security headers on every kind of response (HTML, static
/// files, JSON, ProblemDetails from each error path), no cookies, no CORS, a cross-site form cannot act, and hostile
/// JSON bodies answered with a 4xx ProblemDetails, never a 500.
/// </summary>
public sealed class SecurityReviewTests(ApiFixture api)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One request of each kind of response the server can give.</summary>
    public static TheoryData<string, string, string?, string, int> ResponseKinds() => new()
    {
        { "dashboard HTML", "GET", null, "/brand.html", 200 },
        { "index HTML", "GET", null, "/", 200 },
        { "static script", "GET", null, "/js/api.js", 200 },
        { "static style", "GET", null, "/css/app.css", 200 },
        { "JSON", "GET", "viewer", "/api/search?q=panne&limit=1", 200 },
        { "OpenAPI JSON", "GET", null, "/openapi/v1.json", 200 },
        { "Prometheus text", "GET", "admin", "/metrics", 200 },
        { "health", "GET", "viewer", "/health", 200 },
        { "401 ProblemDetails", "GET", null, "/api/search?q=panne", 401 },
        { "403 ProblemDetails", "POST", "viewer", "/api/admin/keys", 403 },
        { "400 query error (exception handler)", "GET", "viewer", "/api/search?q=(panne", 400 },
        { "400 query limit (exception handler)", "GET", "viewer", "/api/search?q=" + new string('(', 40) + "a" + new string(')', 40), 400 },
        { "400 bad parameter (binding)", "GET", "viewer", "/api/search?limit=abc", 400 },
        { "404 unknown route", "GET", "viewer", "/api/nothing-here", 404 },
        { "unknown file without a key (401 ProblemDetails)", "GET", null, "/nothing.html", 401 },
        { "405 wrong method", "DELETE", "admin", "/api/search", 405 },
        { "413 body too large", "POST", "admin", "/api/triage/triage-test/t-low", 413 },
    };

    private async Task<HttpResponseMessage> SendAsync(string method, string? role, string url)
    {
        using var client = role is null ? api.Client() : api.Client(ApiRoles.TryParse(role, out var r) ? r : throw new ArgumentException(role));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            var note = url.Contains("triage", StringComparison.Ordinal) ? new string('x', 100_000) : "";
            request.Content = new StringContent("{\"action\":\"acknowledge\",\"role\":\"viewer\",\"note\":\"" + note + "\"}", Encoding.UTF8, "application/json");
        }
        return await client.SendAsync(request, Ct);
    }

    [Theory]
    [MemberData(nameof(ResponseKinds))]
    public async Task Every_kind_of_response_carries_the_security_headers_and_no_cookie(string kind, string method, string? role, string url, int status)
    {
        using var response = await SendAsync(method, role, url);

        Assert.True((int)response.StatusCode == status, $"{kind}: {(int)response.StatusCode}");
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{kind}: sets a cookie");
        Assert.False(response.Headers.Contains("Server"), $"{kind}: names the server");
        if (status >= 400 && kind.Contains("ProblemDetails", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : "";

    [Fact]
    public async Task A_query_over_a_limit_is_a_400_problem_naming_the_limit()
    {
        var query = new string('(', 40) + "panne" + new string(')', 40);

        var (status, body, _) = await api.Client(ApiRole.Viewer).GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Query limit exceeded", body.GetProperty("title").GetString());
        Assert.Equal("max_depth", body.GetProperty("limit").GetString());
        Assert.Contains("index.query_limits.max_depth", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/search?q=panne")]
    [InlineData("OPTIONS", "/api/search")]
    [InlineData("OPTIONS", "/api/triage/triage-test/t-low")]
    public async Task No_other_origin_is_allowed_to_read_or_send(string method, string url)
    {
        using var client = api.Client(ApiRole.Viewer);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");

        using var response = await client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), "CORS answer to a foreign origin");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_cross_site_form_post_cannot_act_even_with_the_key_in_the_form_or_the_url()
    {
        var key = api.Keys[ApiRole.Admin];
        // What a page on another site can make a browser send: a form post, no custom header, cookies if there were any.
        using var client = api.Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "dismiss", ["api_key"] = key, ["key"] = key });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/triage/triage-test/t-low?api_key={Uri.EscapeDataString(key)}&key={Uri.EscapeDataString(key)}") { Content = form };
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Cookie", "api_key=" + key + "; X-Api-Key=" + key);

        using var response = await client.SendAsync(request, Ct);
        var queue = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/triage/queue?status=all&limit=200");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var item = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("mention").GetProperty("id").GetString() == "t-low");
        Assert.NotEqual("dismissed", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_form_post_with_a_valid_key_header_is_refused_as_not_json()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "dismiss" });

        using var response = await api.Client(ApiRole.CommunityManager).PostAsync("/api/triage/triage-test/t-low", form, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>Bodies a client can send to the JSON endpoints.</summary>
    private static IEnumerable<(string Name, byte[] Body, string ContentType)> HostileBodies()
    {
        var random = HostileInput.Random(8);
        for (var i = 0; i < 10; i++)
        {
            yield return ($"random bytes {i}", HostileInput.Bytes(random, 2_000), "application/json");
            yield return ($"hostile text {i}", Encoding.UTF8.GetBytes(HostileInput.Text(random, 500)), "application/json");
        }
        yield return ("empty", [], "application/json");
        yield return ("null", "null"u8.ToArray(), "application/json");
        yield return ("array", "[1,2]"u8.ToArray(), "application/json");
        yield return ("truncated", "{\"action\":\"ack"u8.ToArray(), "application/json");
        yield return ("deep array", Encoding.UTF8.GetBytes(HostileInput.DeepJson(10_000)), "application/json");
        yield return ("deep object", Encoding.UTF8.GetBytes(HostileInput.DeepObject(5_000)), "application/json");
        yield return ("invalid UTF-8", HostileInput.InvalidUtf8("{\"action\":\"acknowledge\"}"), "application/json");
        yield return ("lone surrogate", "{\"action\":\"\\ud800\",\"role\":\"\\udfff\",\"note\":\"\\ud800\"}"u8.ToArray(), "application/json");
        yield return ("wrong types", "{\"action\":[],\"role\":{},\"note\":7,\"assignee\":true,\"name\":[]}"u8.ToArray(), "application/json");
        yield return ("duplicate keys", "{\"action\":\"acknowledge\",\"action\":\"dismiss\",\"role\":\"admin\",\"role\":\"x\"}"u8.ToArray(), "application/json");
        yield return ("bidi and ZWJ", Encoding.UTF8.GetBytes("{\"action\":\"\u202Eacknowledge\",\"role\":\"👩‍👩‍👧‍👦\",\"name\":\"\u200B\"}"), "application/json");
        yield return ("huge", Encoding.UTF8.GetBytes("{\"note\":\"" + new string('a', 1_000_000) + "\"}"), "application/json");
        yield return ("wrong content type", "{\"action\":\"acknowledge\"}"u8.ToArray(), "text/plain");
    }

    [Theory]
    [InlineData("/api/triage/triage-test/does-not-exist")]
    [InlineData("/api/admin/keys")]
    public async Task Hostile_json_bodies_get_a_4xx_problem_never_a_500(string url)
    {
        var failures = new List<string>();
        using var client = api.Client(ApiRole.Admin);
        foreach (var (name, body, contentType) in HostileBodies())
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            using var response = await client.PostAsync(url, content, Ct);
            var status = (int)response.StatusCode;
            var media = response.Content.Headers.ContentType?.MediaType;
            if (status is < 400 or >= 500 || media != "application/problem+json")
            {
                failures.Add($"{name}: {status} {media} {await response.Content.ReadAsStringAsync(Ct)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
