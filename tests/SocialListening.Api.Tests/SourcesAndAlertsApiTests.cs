using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>The sources and alerts groups on their own server and data folder (they change state).</summary>
public sealed class SourcesAndAlertsApiTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-api-ops-").FullName;
    private readonly ConcurrentQueue<JsonElement> _received = new();
    private WebApplication _app = null!;
    private WebApplication _webhook = null!;
    private HttpClient _admin = null!;
    private HttpClient _manager = null!;

    public async ValueTask InitializeAsync()
    {
        var config = Path.Combine(_folder, "brands.yaml");
        await File.WriteAllTextAsync(config, await File.ReadAllTextAsync(Path.Combine(ApiFixture.Demo, "brands.yaml")) + """

            sources:
              - name: newsroom
                kind: rss
                url: https://news.example.org/feed.xml
                schedule: "0 0 * * * ?"
            alerts:
              - name: configured-rule
                kind: spike
                webhook_url: https://hooks.example.org/services/T000/B000/XXXX
            """);
        var store = new ApiKeyStore(Path.Combine(_folder, "state.db"), TimeProvider.System);
        (_app, var baseAddress) = await ApiFixture.StartAsync(new ApiOptions { DataDirectory = _folder, ConfigPath = config });
        _admin = Client(baseAddress, store.Add(ApiRole.Admin, "root").Key);
        _manager = Client(baseAddress, store.Add(ApiRole.CommunityManager, "cm").Key);

        var receiver = WebApplication.CreateBuilder();
        receiver.WebHost.UseUrls("http://127.0.0.1:0");
        receiver.Logging.ClearProviders();
        _webhook = receiver.Build();
        _webhook.MapPost("/hook", async (HttpContext c) => { _received.Enqueue(await c.Request.ReadFromJsonAsync<JsonElement>()); return Results.Ok(); });
        await _webhook.StartAsync();
    }

    private static HttpClient Client(Uri baseAddress, string key)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task An_admin_adds_pauses_resumes_and_removes_a_source_and_run_now_says_it_needs_the_scheduler()
    {
        var ct = TestContext.Current.CancellationToken;
        var listed = await _admin.OkJsonAsync("/api/sources");
        var configured = listed.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "newsroom");
        Assert.Equal("active", configured.GetProperty("state").GetString());
        Assert.True(configured.GetProperty("configured").GetBoolean());

        var added = await _admin.PostAsJsonAsync("/api/sources", new { name = "toots", kind = "mastodon", url = "https://mastodon.example", parameters = new { hashtag = "mandarine" } }, ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostAsJsonAsync("/api/sources", new { name = "toots", kind = "mastodon", url = "https://mastodon.example", parameters = new { hashtag = "x" } }, ct)).StatusCode);
        var invalid = await _admin.PostAsJsonAsync("/api/sources", new { name = "Bad Name", kind = "rss", url = "ftp://x" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("absolute http(s) URL", await invalid.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.PostAsJsonAsync("/api/sources", new { name = "etc", kind = "folder", parameters = new { path = "/etc" } }, ct)).StatusCode);

        var paused = await _admin.PostAsync("/api/sources/newsroom/pause", null, ct);
        Assert.Equal("paused", (await paused.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("state").GetString());
        Assert.Equal("paused", State(await _admin.OkJsonAsync("/api/sources"), "newsroom"));
        Assert.Equal("active", State(await _admin.OkJsonAsync("/api/sources"), "toots"));
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/sources/newsroom/resume", null, ct)).StatusCode);
        Assert.Equal("active", State(await _admin.OkJsonAsync("/api/sources"), "newsroom"));

        var run = await _admin.PostAsync("/api/sources/toots/run", null, ct);
        Assert.Equal(HttpStatusCode.Conflict, run.StatusCode);
        Assert.Contains("sl run", await run.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync("/api/sources/nowhere/pause", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.DeleteAsync("/api/sources/newsroom", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/sources/toots", ct)).StatusCode);
        Assert.DoesNotContain((await _admin.OkJsonAsync("/api/sources")).EnumerateArray(), s => s.GetProperty("source").GetString() == "toots");
        Assert.Equal(HttpStatusCode.Forbidden, (await _manager.PostAsync("/api/sources/newsroom/pause", null, ct)).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_tests_and_removes_an_alert_rule_and_nobody_reads_a_webhook_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        var hook = new Uri(new Uri(_webhook.Urls.First()), "/hook");
        var created = await _admin.PostAsJsonAsync("/api/alerts/rules", new { name = "night-shift", kind = "risk", min_risk = 0.8, brands = new[] { "mandarine" }, webhook_url = hook, format = "json" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostAsJsonAsync("/api/alerts/rules", new { name = "Configured-Rule", kind = "risk", webhook_url = hook }, ct)).StatusCode);
        var invalid = await _admin.PostAsJsonAsync("/api/alerts/rules", new { name = "x", kind = "volume", webhook_url = hook }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("kind must be risk or spike", await invalid.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var rules = await _manager.OkJsonAsync("/api/alerts/rules");
        Assert.Equal(["configured-rule", "night-shift"], rules.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("https://hooks.example.org", rules[0].GetProperty("webhook_host").GetString());
        Assert.DoesNotContain("XXXX", rules.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("state", rules[1].GetProperty("defined_in").GetString());

        var test = await _admin.PostAsync("/api/alerts/rules/night-shift/test", null, ct);
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        Assert.True((await test.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accepted").GetBoolean());
        Assert.Single(_received);
        Assert.Equal(HttpStatusCode.Forbidden, (await _manager.PostAsync("/api/alerts/rules/night-shift/test", null, ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _admin.DeleteAsync("/api/alerts/rules/configured-rule", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync("/api/alerts/rules/night-shift", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.DeleteAsync("/api/alerts/rules/night-shift", ct)).StatusCode);
        Assert.Equal(JsonValueKind.Array, (await _manager.OkJsonAsync("/api/alerts")).ValueKind);
    }

    [Fact]
    public async Task Metrics_declare_the_ingest_counter()
    {
        var text = await _admin.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("# TYPE sl_ingest_mentions_total counter\n", text, StringComparison.Ordinal);
    }

    private static string? State(JsonElement sources, string name) =>
        sources.EnumerateArray().Single(s => s.GetProperty("source").GetString() == name).GetProperty("state").GetString();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _webhook.DisposeAsync();
        _admin.Dispose();
        _manager.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing: the OS cleans the temp folder.
        }
    }
}
