using System.Text.Json;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>The service's logs as a log collector reads them: JSON lines, each job run's entries carrying its run id.</summary>
public sealed class ServiceLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-logs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_log_format_that_does_not_exist_stops_the_service_with_the_setting_named()
    {
        var config = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(config, "data: ./data\nobservability:\n  log_format: xml\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "run", "--config", config, "--urls", $"http://127.0.0.1:{SlService.FreePort()}");

        Assert.Equal(2, exit);
        Assert.Contains("observability.log_format 'xml' is not 'simple' or 'json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_json_log_format_in_the_configuration_a_job_runs_warnings_are_json_lines_carrying_the_job_and_its_run_id()
    {
        var drops = Directory.CreateDirectory(Path.Combine(_folder, "drops")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(drops, "a.jsonl"),
        [
            "{\"id\":\"1\",\"source\":\"import\",\"text\":\"Livraison en retard\",\"published_at\":\"2026-11-10T10:00:00Z\"}",
            "{\"id\":\"2\",\"source\":\"import\",\"text\":\"no date\"}",
        ], TestContext.Current.CancellationToken);
        var config = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(config, $"""
            data: ./data
            crawler:
              contact_url: https://example.org/bot
            observability:
              log_format: json
            sources:
              - name: drops
                kind: folder
                schedule: "0/1 * * * * ?"
                params: {"{"} path: "{drops}" {"}"}
            """, TestContext.Current.CancellationToken);
        var info = SlProcess.StartInfo(_folder, "run", "--config", config, "--urls", $"http://127.0.0.1:{SlService.FreePort()}");
        using var service = await SlService.StartAsync(info, "serving the API and dashboards");

        await service.WaitUntilAsync(() => Task.FromResult(service.Output.Contains("JobRunId", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "a job's log entry");
        await service.KillAsync();

        var entries = service.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var warning = entries.First(e => e.GetProperty("Category").GetString()!.EndsWith("FolderSource", StringComparison.Ordinal));
        Assert.Equal("Warning", warning.GetProperty("LogLevel").GetString());
        Assert.Contains("line 2", warning.GetProperty("Message").GetString(), StringComparison.Ordinal);
        var scope = warning.GetProperty("Scopes").EnumerateArray().First(s => s.TryGetProperty("JobRunId", out _));
        Assert.False(string.IsNullOrEmpty(scope.GetProperty("JobRunId").GetString()));
        Assert.Equal("sources.drops", scope.GetProperty("Job").GetString());
    }
}
