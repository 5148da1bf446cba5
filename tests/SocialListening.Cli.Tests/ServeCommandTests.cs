using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialListening.Cli.Tests.Reliability;

namespace SocialListening.Cli.Tests;

/// <summary>`sl keys`, `sl serve` and the serving `sl demo`, run as a user runs them.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-serve-").FullName;

    [Fact]
    public async Task Keys_add_prints_the_key_once_and_list_shows_only_its_prefix()
    {
        var data = Path.Combine(_folder, "data");
        var (exit, key, error) = await SlProcess.RunAsync(_folder, "keys", "add", "--role", "analyst", "--name", "Camille", "--data", data);
        Assert.True(exit == 0, error);
        Assert.Matches(KeyPattern(), key.Trim());
        Assert.Contains("shown only now", error, StringComparison.Ordinal);

        var (_, list, _) = await SlProcess.RunAsync(_folder, "keys", "list", "--data", data, "--json");
        var only = Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray());
        Assert.Equal("analyst", only.GetProperty("role").GetString());
        Assert.Equal("Camille", only.GetProperty("name").GetString());
        Assert.Equal(key.Trim()[3..11], only.GetProperty("prefix").GetString());
        Assert.DoesNotContain(key.Trim(), list, StringComparison.Ordinal);

        var (revoked, _, _) = await SlProcess.RunAsync(_folder, "keys", "revoke", key.Trim()[3..11], "--data", data);
        Assert.Equal(0, revoked);
        var (_, empty, _) = await SlProcess.RunAsync(_folder, "keys", "list", "--data", data, "--json");
        Assert.Empty(JsonDocument.Parse(empty).RootElement.EnumerateArray());
        var (again, _, error2) = await SlProcess.RunAsync(_folder, "keys", "revoke", key.Trim()[3..11], "--data", data);
        Assert.Equal(2, again);
        Assert.Contains("No API key", error2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_add_refuses_an_unknown_role_naming_the_roles()
    {
        var (exit, _, error) = await SlProcess.RunAsync(_folder, "keys", "add", "--role", "owner", "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, exit);
        Assert.Contains("viewer, analyst, community_manager, admin", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_with_a_key_and_refuses_without_one()
    {
        var data = Path.Combine(_folder, "data");
        var (_, key, _) = await SlProcess.RunAsync(_folder, "keys", "add", "--role", "viewer", "--data", data);
        var url = $"http://127.0.0.1:{SlService.FreePort()}";

        using var server = await SlService.StartAsync(_folder, "SocialListening API on", "serve", "--urls", url, "--data", data);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/brand.html", TestContext.Current.CancellationToken)).StatusCode);
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Demo_prints_the_tables_then_serves_the_dashboards_with_a_working_demo_key()
    {
        var url = $"http://127.0.0.1:{SlService.FreePort()}";
        using var server = await SlService.StartAsync(_folder, "Serving until Ctrl+C", "demo", "--data", Path.Combine(_folder, "demo"), "--urls", url);

        Assert.Contains("Territory of Vireo", server.Output, StringComparison.Ordinal);
        var link = Regex.Match(server.Output, "brand manager +(http://\\S+/brand\\.html)#key=(\\S+)");
        Assert.True(link.Success, server.Output);
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Uri.UnescapeDataString(link.Groups[2].Value));
        var territory = JsonDocument.Parse(await client.GetStringAsync($"{url}/api/insights/territory/vireo", TestContext.Current.CancellationToken)).RootElement;
        Assert.True(territory.GetProperty("brand_mentions").GetInt64() > 500);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.Groups[1].Value, TestContext.Current.CancellationToken)).StatusCode);
    }

    [GeneratedRegex("^sl_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyPattern();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
