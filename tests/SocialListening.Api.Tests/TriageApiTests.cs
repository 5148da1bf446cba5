using System.Net;
using System.Net.Http.Json;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

public sealed class TriageApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_queue_ranks_complaints_by_risk_with_their_reasons()
    {
        var queue = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/triage/queue?brand=mandarine&status=all");
        var items = queue.GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(["t-high", "t-mid", "t-low"], items.Select(i => i.GetProperty("mention").GetProperty("id").GetString()));
        Assert.Equal("reach: 12k followers", items[0].GetProperty("reasons")[0].GetString());
        Assert.Equal(3, queue.GetProperty("scoring").GetProperty("risk_scored").GetInt64());
        Assert.Equal(JsonValueKindNull, queue.GetProperty("note").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Without_scores_in_scope_the_queue_is_empty_and_says_why()
    {
        var queue = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/triage/queue?brand=kalix");

        Assert.Empty(queue.GetProperty("items").EnumerateArray());
        Assert.Contains("have not run", queue.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_community_manager_assigns_then_resolves_and_the_open_queue_drops_the_mention()
    {
        var client = api.Client(ApiRole.CommunityManager);
        var assign = await client.PostAsJsonAsync("/api/triage/triage-test/t-mid", new { action = "assign", assignee = "Camille" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        var open = await client.OkJsonAsync("/api/triage/queue?q=id:t-mid");
        Assert.Equal("assigned", open.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal("Camille", open.GetProperty("items")[0].GetProperty("assignee").GetString());

        var resolve = await client.PostAsJsonAsync("/api/triage/triage-test/t-mid", new { action = "resolve" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);

        var after = await client.OkJsonAsync("/api/triage/queue?q=id:t-mid");
        Assert.Empty(after.GetProperty("items").EnumerateArray());
        var all = await client.OkJsonAsync("/api/triage/queue?q=id:t-mid&status=all");
        Assert.Equal("resolved", all.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal("test-community_manager", (await resolve.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("state").GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("/api/triage/triage-test/nope", "{\"action\":\"resolve\"}", HttpStatusCode.NotFound)]
    [InlineData("/api/triage/triage-test/t-low", "{\"action\":\"explode\"}", HttpStatusCode.BadRequest)]
    [InlineData("/api/triage/triage-test/t-low", "{\"action\":\"assign\"}", HttpStatusCode.BadRequest)]
    [InlineData("/api/triage/triage-test/t-low", "not json", HttpStatusCode.BadRequest)]
    public async Task Bad_actions_are_refused_with_a_ProblemDetails(string url, string json, HttpStatusCode expected)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await api.Client(ApiRole.Admin).PostAsync(url, content, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Spikes_find_the_demo_outage_for_mandarine_only()
    {
        var report = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/triage/spikes");
        var brands = report.GetProperty("brands").EnumerateArray().ToDictionary(b => b.GetProperty("brand").GetString()!);

        Assert.Equal(192, brands["mandarine"].GetProperty("counts").GetArrayLength());
        var spikes = brands["mandarine"].GetProperty("spikes").EnumerateArray().ToArray();
        Assert.NotEmpty(spikes);
        Assert.All(spikes, s => Assert.Equal(new DateOnly(2026, 11, 18), DateOnly.FromDateTime(s.GetProperty("hour").GetDateTimeOffset().UtcDateTime)));
        Assert.Empty(brands["vireo"].GetProperty("spikes").EnumerateArray());
        var strongest = spikes.MaxBy(s => s.GetProperty("score").GetDouble());
        Assert.Contains("panne réseau", strongest.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
    }
}
