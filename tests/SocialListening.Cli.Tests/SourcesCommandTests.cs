using System.Diagnostics;
using System.Text.Json;
using SocialListening.Cli.Tests.Reliability;
using SocialListening.Ingestion.Tests.Crawling;

namespace SocialListening.Cli.Tests;

public sealed class SourcesCommandTests : IAsyncLifetime
{
    private const int Pages = 30;
    private const int PerPage = 50;
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-sources-").FullName;
    private FakeSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await FakeSite.StartAsync();
        BlueskyWalk.Map(_site, Pages, PerPage);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string Config()
    {
        var path = Path.Combine(_folder, "sl.yaml");
        File.WriteAllText(path, $"""
            data: ./data
            crawler:
              contact_url: https://example.org/bot
              allow_private_networks: true
              per_host_rps: 200
            sources:
              - name: bsky
                kind: bluesky
                url: {_site.BaseUri}
                params: {"{"} query: mandarine, max_pages: "100", limit: "{PerPage}" {"}"}
            """);
        return path;
    }

    private async Task<long> Total()
    {
        var (exit, output, error) = await SlProcess.RunAsync(_folder, "query", "source:bsky", "--config", Config(), "--json", "--limit", "0");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt64();
    }

    [Fact]
    public async Task A_crawl_killed_mid_walk_and_run_again_indexes_every_post_exactly_once()
    {
        var config = Config();
        using (var process = Process.Start(SlProcess.StartInfo(_folder, "sources", "run", "bsky", "--config", config))!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && _site.Count("/xrpc/") < 8)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
            Assert.False(process.HasExited, "the crawl finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var afterKill = await Total();
        var requestsBefore = _site.Requests.Count;

        var (exit, output, error) = await SlProcess.RunAsync(_folder, "sources", "run", "bsky", "--config", config, "--json");

        Assert.True(exit == 0, error);
        Assert.InRange(afterKill, PerPage, Pages * PerPage - PerPage);
        // The second run resumed the walk at the first uncommitted page instead of starting over.
        var resumedAt = _site.Requests.Skip(requestsBefore).First(r => r.StartsWith("/xrpc/", StringComparison.Ordinal));
        Assert.Contains("cursor=", resumedAt, StringComparison.Ordinal);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(Pages * PerPage, await Total());
        Assert.Equal(Pages * PerPage, afterKill + result.GetProperty("added").GetInt64());
    }

    [Fact]
    public async Task Sources_can_be_added_listed_paused_and_resumed()
    {
        var config = Config();

        var added = await SlProcess.RunAsync(_folder, "sources", "add", "blog", "--kind", "rss", "--url", "https://blog.example/feed", "--schedule", "0 0 * * * ?", "--config", config);
        var paused = await SlProcess.RunAsync(_folder, "sources", "pause", "bsky", "--config", config);
        var list = await SlProcess.RunAsync(_folder, "sources", "list", "--config", config, "--json");
        var resumed = await SlProcess.RunAsync(_folder, "sources", "resume", "bsky", "--config", config);
        var unknown = await SlProcess.RunAsync(_folder, "sources", "pause", "nope", "--config", config);
        var bad = await SlProcess.RunAsync(_folder, "sources", "add", "x", "--kind", "rss", "--url", "not a url", "--config", config);
        var after = await SlProcess.RunAsync(_folder, "sources", "list", "--config", config, "--json");

        Assert.Equal((0, 0, 0, 0), (added.Exit, paused.Exit, list.Exit, resumed.Exit));
        var sources = JsonDocument.Parse(list.Out).RootElement.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("enabled").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["bsky"] = false, ["blog"] = true }, sources);
        Assert.True(JsonDocument.Parse(after.Out).RootElement.GetProperty("sources")[0].GetProperty("enabled").GetBoolean());
        Assert.Equal(2, unknown.Exit);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("'url' must be an absolute http(s) URL", bad.Err, StringComparison.Ordinal);
    }
}
