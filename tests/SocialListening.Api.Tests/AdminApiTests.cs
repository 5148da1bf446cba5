using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>Admin endpoints: keys over the API, and reloading the configuration without a restart (own server and files).</summary>
public sealed class AdminApiTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-api-admin-").FullName;
    private WebApplication _app = null!;
    private HttpClient _admin = null!;

    private string ConfigPath => Path.Combine(_folder, "brands.yaml");

    public async ValueTask InitializeAsync()
    {
        File.Copy(Path.Combine(ApiFixture.Demo, "brands.yaml"), ConfigPath);
        var (key, _) = new ApiKeyStore(Path.Combine(_folder, "state.db"), TimeProvider.System).Add(ApiRole.Admin, "root");
        (_app, var baseAddress) = await ApiFixture.StartAsync(new ApiOptions { DataDirectory = _folder, ConfigPath = ConfigPath });
        _admin = new HttpClient { BaseAddress = baseAddress };
        _admin.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    [Fact]
    public async Task An_admin_creates_a_key_that_works_at_once_and_revokes_it()
    {
        var created = await _admin.PostAsJsonAsync("/api/admin/keys", new { role = "viewer", name = "wall screen" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var key = body.GetProperty("key").GetString()!;
        var prefix = body.GetProperty("info").GetProperty("prefix").GetString()!;
        using var viewer = new HttpClient { BaseAddress = _admin.BaseAddress };
        viewer.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetJsonAsync("/api/catalog")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetJsonAsync("/api/admin/keys")).Status);

        var list = await _admin.OkJsonAsync("/api/admin/keys");
        Assert.Contains(list.EnumerateArray(), k => k.GetProperty("prefix").GetString() == prefix && k.GetProperty("role").GetString() == "viewer");
        Assert.DoesNotContain(key, list.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/keys/{prefix}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetJsonAsync("/api/catalog")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.DeleteAsync($"/api/admin/keys/{prefix}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_reload_applies_new_targets_and_a_broken_file_keeps_the_current_configuration()
    {
        var before = await _admin.OkJsonAsync("/api/insights/territory/mandarine");
        Assert.Equal(0.30, Target(before, "green"));

        await File.WriteAllTextAsync(ConfigPath, (await File.ReadAllTextAsync(ConfigPath, TestContext.Current.CancellationToken))
            .Replace("{ theme: green, target: 0.30 }", "{ theme: green, target: 0.10 }", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var reload = await _admin.PostAsync("/api/admin/config/reload", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Equal(0.10, Target(await _admin.OkJsonAsync("/api/insights/territory/mandarine"), "green"));

        await File.WriteAllTextAsync(ConfigPath, "brands: [ { id: x, ", TestContext.Current.CancellationToken);
        var broken = await _admin.PostAsync("/api/admin/config/reload", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("Configuration error", (await broken.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("title").GetString());
        Assert.Equal(0.10, Target(await _admin.OkJsonAsync("/api/insights/territory/mandarine"), "green"));
    }

    private static double Target(JsonElement territory, string theme) =>
        territory.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == theme).GetProperty("target").GetDouble();

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await ApiFixture.StopAsync(_app, _folder);
    }
}
