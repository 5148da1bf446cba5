using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>
/// Every endpoint the app maps (read from its EndpointDataSource, so a new one cannot escape) refuses a request
/// without a key (401), with a wrong key (401), and with a key whose role is below its policy (403), with
/// ProblemDetails saying why. Only the OpenAPI document is public.
/// </summary>
public sealed class EndpointSecurityTests(ApiFixture api)
{
    private static readonly string[] Public = ["/openapi/{documentName}.json"];

    public static IEnumerable<(string Method, string Url, ApiRole? Required, string Pattern)> Endpoints(ApiFixture api) =>
        api.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().SelectMany(e =>
        {
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var policy = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
            ApiRole? required = ApiRoles.TryParse(policy, out var role) ? role : null;
            var url = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')
                .Replace("{brand}", "mandarine", StringComparison.Ordinal)
                .Replace("{source}", "triage-test", StringComparison.Ordinal)
                .Replace("{id}", "t-low", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            return methods.Select(m => (m, url, required, e.RoutePattern.RawText ?? ""));
        });

    [Fact]
    public void Every_endpoint_requires_a_role_except_the_OpenAPI_document()
    {
        var endpoints = Endpoints(api).ToArray();
        Assert.True(endpoints.Length >= 15, $"only {endpoints.Length} endpoints found");
        var open = endpoints.Where(e => e.Required is null).Select(e => e.Pattern).Distinct().ToArray();
        Assert.Equal(Public, open);
    }

    [Fact]
    public async Task Every_endpoint_answers_401_without_a_key_or_with_a_wrong_one()
    {
        var anonymous = api.Client();
        var wrong = api.Client();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "sl_00000000_not-a-real-key");
        foreach (var (method, url, required, _) in Endpoints(api).Where(e => e.Required is not null))
        {
            foreach (var client in new[] { anonymous, wrong })
            {
                using var response = await client.SendAsync(Request(method, url), TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.Contains("API key", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Every_endpoint_answers_403_to_the_role_just_below_its_own()
    {
        var checkedCount = 0;
        foreach (var (method, url, required, _) in Endpoints(api).Where(e => e.Required is > ApiRole.Viewer))
        {
            var below = required!.Value - 1;
            using var response = await api.Client(below).SendAsync(Request(method, url), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} as {below.Name()}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains($"has the role '{below.Name()}'", body, StringComparison.Ordinal);
            Assert.Contains($"needs the role '{required.Value.Name()}'", body, StringComparison.Ordinal);
            checkedCount++;
        }
        Assert.True(checkedCount >= 2, "export (analyst) and triage actions (community_manager) must be above viewer");
    }

    [Fact]
    public async Task A_bearer_token_is_accepted_like_the_header()
    {
        var client = api.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Keys[ApiRole.Viewer]);
        var health = await client.OkJsonAsync("/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        foreach (var url in new[] { "/", "/brand.html", "/health" })
        {
            using var response = await api.Client(ApiRole.Viewer).GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_with_413()
    {
        var body = new StringContent("{\"action\":\"acknowledge\",\"note\":\"" + new string('x', 100_000) + "\"}", Encoding.UTF8, "application/json");
        using var response = await api.Client(ApiRole.Admin).PostAsync("/api/triage/triage-test/t-low", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("{\"action\":\"acknowledge\"}", Encoding.UTF8, "application/json");
        }
        return request;
    }
}
