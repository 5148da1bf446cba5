using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialListening.Ingestion.Tests.Crawling;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// `sl run` (scheduler, crawlers and API in one process) killed with SIGKILL while it ingests, then started again:
/// nothing lost, nothing twice, the databases sound and the schedule running again.
/// </summary>
public sealed class ServiceCrashTests : IAsyncLifetime
{
    private const string Ready = "serving the API and dashboards";
    private const int Pages = 30;
    private const int PerPage = 50;
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-crash-").FullName;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeSite _site = null!;

    private string Data => Path.Combine(_folder, "data");

    private string Drops => Path.Combine(_folder, "drops");

    public async ValueTask InitializeAsync()
    {
        _site = await FakeSite.StartAsync();
        BlueskyWalk.Map(_site, Pages, PerPage, page => page >= 10 ? _released.Task : Task.CompletedTask);
        Directory.CreateDirectory(Drops);
    }

    public async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        await _site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // A two-second schedule and a one-second misfire threshold: the fire times missed while the service is down
    // are misfires, which must lead to one run at restart (fire and proceed), not to a forgotten schedule.
    private string Config(string source)
    {
        var path = Path.Combine(_folder, "sl.yaml");
        File.WriteAllText(path, $"""
            data: ./data
            crawler:
              contact_url: https://example.org/bot
              allow_private_networks: true
              per_host_rps: 200
              misfire_threshold_seconds: 1
            sources:
              - {source}
                schedule: "0/2 * * * * ?"
            """);
        return path;
    }

    private static void WriteDrop(string path, int first, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = first; i < first + count; i++)
        {
            writer.WriteLine($"{{\"id\":\"{i}\",\"source\":\"import\",\"text\":\"Livraison numéro {i} en retard, l'appli ne marche pas #mandarine\",\"published_at\":\"2026-11-{1 + i % 28:00}T10:00:00+01:00\",\"author\":\"@user{i % 97}\"}}");
        }
    }

    private async Task<string> KeyAsync()
    {
        var (exit, key, error) = await SlProcess.RunAsync(_folder, "keys", "add", "--role", "community_manager", "--data", Data);
        Assert.True(exit == 0, error);
        return key.Trim();
    }

    private Task<SlService> StartAsync(string config, string url) => SlService.StartAsync(_folder, Ready, "run", "--config", config, "--urls", url);

    private static HttpClient Client(string url, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<long> IndexedAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/search/?limit=0", TestContext.Current.CancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("total").GetInt64()
            : -1;
    }

    private void AssertDatabasesSound()
    {
        Assert.Equal("ok", DataFolder.IntegrityCheck(Path.Combine(Data, "state.db")));
        Assert.Equal("ok", DataFolder.IntegrityCheck(Path.Combine(Data, "scheduler.db")));
    }

    [Fact]
    public async Task A_service_killed_while_collecting_a_watched_folder_restarts_with_every_record_once_and_triage_intact()
    {
        const int records = 12_000;
        var config = Config($"name: drops\n    kind: folder\n    params: {{ path: \"{Drops}\", batch_size: \"250\" }}");
        var key = await KeyAsync();
        WriteDrop(Path.Combine(Drops, "big.jsonl"), 1, records);
        var url = $"http://127.0.0.1:{SlService.FreePort()}";
        var acted = new List<string>();

        using (var service = await StartAsync(config, url))
        {
            await service.WaitUntilAsync(() => Task.FromResult(DataFolder.Generation(Data) >= 3), TimeSpan.FromSeconds(60), "a few committed batches");
            // Community managers keep working while the service ingests: each acknowledged action must survive the crash.
            using var client = Client(url, key);
            foreach (var id in new[] { "1", "2", "3", "250", "3" })
            {
                using var response = await client.PostAsJsonAsync($"/api/triage/import/{id}", new { action = "acknowledge" }, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                acted.Add(new Core.Mentions.MentionKey("import", id).ToString());
            }
            Assert.True(File.Exists(Path.Combine(Drops, "big.jsonl")), "the drop was collected before the service could be killed; make it larger");
            await service.KillAsync();
        }

        AssertDatabasesSound();
        var (afterKill, keysAfterKill) = DataFolder.Mentions(Data);
        Assert.Equal(afterKill, keysAfterKill.Count);
        Assert.InRange(afterKill, 250, records - 1);
        Assert.Equal(acted, DataFolder.TriageActions(Data).Select(a => a.Key));

        using (var service = await StartAsync(config, url))
        {
            // The schedule resumes by itself: the interrupted file is finished, then a new drop is collected too.
            await service.WaitUntilAsync(() => Task.FromResult(File.Exists(Path.Combine(Drops, "done", "big.jsonl"))), TimeSpan.FromSeconds(150), "the interrupted drop to be finished");
            WriteDrop(Path.Combine(Drops, "late.jsonl"), records + 1, 10);
            using var client = Client(url, key);
            await service.WaitUntilAsync(async () => await IndexedAsync(client) == records + 10, TimeSpan.FromSeconds(60), "the late drop to be collected");
            await service.KillAsync();
        }

        AssertDatabasesSound();
        var (documents, keys) = DataFolder.Mentions(Data);
        Assert.Equal(records + 10, documents);
        Assert.Equal(records + 10, keys.Count);
        var triage = DataFolder.TriageActions(Data);
        Assert.Equal(acted, triage.Select(a => a.Key));
        Assert.Equal(triage.Count, triage.Select(a => a.Seq).Distinct().Count());
        Assert.All(triage, a => Assert.Contains(a.Key, keys));
    }

    [Fact]
    public async Task A_service_killed_during_a_crawl_restarts_resumes_the_walk_and_holds_every_post_once()
    {
        var config = Config($"name: bsky\n    kind: bluesky\n    url: {_site.BaseUri}\n    params: {{ query: mandarine, max_pages: \"100\", limit: \"{PerPage}\" }}");
        var key = await KeyAsync();
        var url = $"http://127.0.0.1:{SlService.FreePort()}";

        using (var service = await StartAsync(config, url))
        {
            await service.WaitUntilAsync(() => Task.FromResult(_site.Count("/xrpc/") >= 8), TimeSpan.FromSeconds(60), "the crawl to be under way");
            await service.KillAsync();
        }
        // Pages from the tenth on were held back until the kill; the restarted service gets them at once.
        _released.SetResult();

        AssertDatabasesSound();
        var (afterKill, keysAfterKill) = DataFolder.Mentions(Data);
        Assert.Equal(afterKill, keysAfterKill.Count);
        Assert.InRange(afterKill, PerPage, 10 * PerPage);
        var requestsBefore = _site.Requests.Count;

        using (var service = await StartAsync(config, url))
        {
            using var client = Client(url, key);
            await service.WaitUntilAsync(async () => await IndexedAsync(client) == Pages * PerPage, TimeSpan.FromSeconds(150), "the walk to be finished");
            await service.KillAsync();
        }

        // The scheduler ran the job again after the restart, and the run went on from the committed cursor.
        var resumedAt = _site.Requests.Skip(requestsBefore).First(r => r.StartsWith("/xrpc/", StringComparison.Ordinal));
        Assert.Contains("cursor=", resumedAt, StringComparison.Ordinal);
        AssertDatabasesSound();
        var (documents, keys) = DataFolder.Mentions(Data);
        Assert.Equal(Pages * PerPage, documents);
        Assert.Equal(Pages * PerPage, keys.Count);
    }
}
