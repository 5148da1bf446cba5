using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// A data folder whose disk fills up or turns read-only under the CLI and under the service: a clear error naming
/// the folder and the cause, and an index that opens afterwards with everything committed before.
/// </summary>
public sealed class DiskFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-disk-").FullName;

    private string Mounted => Path.Combine(_folder, "mnt");

    private string Data => Path.Combine(Mounted, "data");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lazily unmounted tmpfs may still be busy for a moment; the temp folder is cleaned by the OS.
        }
    }

    private string Corpus(string name, int first, int count)
    {
        var path = Path.Combine(_folder, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = first; i < first + count; i++)
        {
            writer.WriteLine($"{{\"id\":\"{i}\",\"source\":\"import\",\"text\":\"Livraison numéro {i} en retard, l'appli ne marche pas, le service client ne répond plus {i * 7}\",\"published_at\":\"2026-11-{1 + i % 28:00}T10:00:00+01:00\",\"author\":\"@user{i % 97}\"}}");
        }
        return path;
    }

    private async Task<long> TotalAsync()
    {
        var (exit, output, error) = await SlProcess.RunAsync(_folder, "query", "*:*", "--data", Data, "--json", "--limit", "0");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt64();
    }

    private void AssertClearStorageError(int exit, string error, string cause)
    {
        Assert.True(exit == 1, error);
        Assert.True(error.Contains($"Cannot write to the data folder '{Data}': {cause}", StringComparison.Ordinal), error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_fills_the_disk_stops_with_a_clear_error_keeps_its_commits_and_resumes_once_there_is_room()
    {
        const int records = 8_000;
        var corpus = Corpus("big.jsonl", 1, records);
        using var disk = Tmpfs.Mount(Mounted, 1024);

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "import", corpus, "--data", Data, "--batch-size", "500");

        AssertClearStorageError(exit, error, "the disk is full");
        var (documents, keys) = DataFolder.Mentions(Data);
        Assert.InRange(documents, 500, records - 1);
        Assert.Equal(documents, keys.Count);
        Assert.Equal(documents, await TotalAsync());

        disk.Remount("size=64m");
        var again = await SlProcess.RunAsync(_folder, "import", corpus, "--data", Data, "--batch-size", "500", "--json");

        Assert.True(again.Exit == 0, again.Err);
        Assert.Equal(records, await TotalAsync());
        Assert.Equal(records, DataFolder.Mentions(Data).Keys.Count);
    }

    [Fact]
    public async Task An_import_into_a_read_only_data_folder_fails_clearly_and_the_index_stays_readable()
    {
        using var disk = Tmpfs.Mount(Mounted, 32 * 1024);
        var first = await SlProcess.RunAsync(_folder, "import", Corpus("first.jsonl", 1, 300), "--data", Data);
        Assert.True(first.Exit == 0, first.Err);
        disk.Remount("ro");

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "import", Corpus("second.jsonl", 301, 300), "--data", Data);

        AssertClearStorageError(exit, error, "it is read-only");
        Assert.Equal(300, await TotalAsync());
        disk.Remount("rw");
        Assert.Equal(300, DataFolder.Mentions(Data).Keys.Count);
    }

    [Fact]
    public async Task The_service_answers_503_naming_the_cause_and_health_names_the_disk_while_its_folder_is_full()
    {
        using var disk = Tmpfs.Mount(Mounted, 8 * 1024);
        Assert.Equal(0, (await SlProcess.RunAsync(_folder, "import", Corpus("some.jsonl", 1, 50), "--data", Data)).Exit);
        var (_, key, _) = await SlProcess.RunAsync(_folder, "keys", "add", "--role", "community_manager", "--data", Data);
        var url = $"http://127.0.0.1:{SlService.FreePort()}";
        var info = SlProcess.StartInfo(_folder, "run", "--data", Data, "--urls", url);
        info.Environment["Api__MinFreeDiskBytes"] = "65536";
        using var service = await SlService.StartAsync(info, "serving the API and dashboards");
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Trim());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(client, "1")).Status);

        // Full: a filler file takes every free block.
        var filler = Path.Combine(Mounted, "filler");
        await Assert.ThrowsAsync<IOException>(() => File.WriteAllBytesAsync(filler, new byte[16 * 1024 * 1024], TestContext.Current.CancellationToken));
        var (fullStatus, fullProblem) = await ActAsync(client, "2");
        var fullHealth = await HealthAsync(client);
        File.Delete(filler);
        var (roomStatus, _) = await ActAsync(client, "3");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, fullStatus);
        Assert.Equal("Storage unavailable", fullProblem.GetProperty("title").GetString());
        Assert.Contains($"'{Data}': the disk is full", fullProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, fullHealth.Status);
        Assert.Contains("disk", fullHealth.Down);
        Assert.Equal(HttpStatusCode.OK, roomStatus);

        Assert.Equal(HttpStatusCode.OK, (await HealthAsync(client)).Status);
        await service.KillAsync();
        Assert.Equal("ok", DataFolder.IntegrityCheck(Path.Combine(Data, "state.db")));
        Assert.Equal(["1", "3"], DataFolder.TriageActions(Data).Select(a => a.Key.Split('\u001f')[1]));
        Assert.Equal(50, DataFolder.Mentions(Data).Keys.Count);
    }

    // A mounted file system cannot turn read-only under a process that has files open for writing (the kernel refuses
    // the remount), so the service meets a read-only folder when it starts, as after a volume mounted the wrong way.
    [Fact]
    public async Task The_service_refuses_to_start_on_a_read_only_data_folder_naming_the_folder_and_the_cause()
    {
        using var disk = Tmpfs.Mount(Mounted, 8 * 1024);
        Assert.Equal(0, (await SlProcess.RunAsync(_folder, "import", Corpus("some.jsonl", 1, 50), "--data", Data)).Exit);
        disk.Remount("ro");

        var run = await SlProcess.RunAsync(_folder, "run", "--data", Data, "--urls", $"http://127.0.0.1:{SlService.FreePort()}");
        var serve = await SlProcess.RunAsync(_folder, "serve", "--data", Data, "--urls", $"http://127.0.0.1:{SlService.FreePort()}");

        AssertClearStorageError(run.Exit, run.Err, "it is read-only");
        AssertClearStorageError(serve.Exit, serve.Err, "it is read-only");
        Assert.Equal(50, await TotalAsync());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ActAsync(HttpClient client, string id)
    {
        using var response = await client.PostAsJsonAsync($"/api/triage/import/{id}", new { action = "acknowledge" }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<(HttpStatusCode Status, string[] Down, JsonElement Report)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.StatusCode, [.. report.GetProperty("down").EnumerateArray().Select(d => d.GetString()!)], report);
    }
}
