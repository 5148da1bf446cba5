using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SocialListening.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Corpus(int lines, int badEvery)
    {
        var path = Path.Combine(_folder, "corpus.jsonl");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 1; i <= lines; i++)
        {
            writer.WriteLine(i % badEvery == 0
                ? "{\"id\":\"" + i + "\",\"source\":\"import\",\"text\":\"no date\"}"
                : $"{{\"id\":\"{i}\",\"source\":\"import\",\"text\":\"Livraison numéro {i} en retard, l'appli ne marche pas\",\"published_at\":\"2026-11-{1 + i % 28:00}T10:00:00+01:00\",\"author\":\"@user{i % 97}\"}}");
        }
        return path;
    }

    private async Task<long> Total(string data, string query = "*:*")
    {
        var (exit, output, error) = await SlProcess.RunAsync(_folder, "query", query, "--data", data, "--json", "--limit", "0");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("total").GetInt64();
    }

    [Fact]
    public async Task Import_reports_counts_as_json_and_is_idempotent()
    {
        var corpus = Corpus(1_000, badEvery: 100);
        var data = Path.Combine(_folder, "data");

        var (exit, output, _) = await SlProcess.RunAsync(_folder, "import", corpus, "--data", data, "--json");
        var again = await SlProcess.RunAsync(_folder, "import", corpus, "--data", data, "--json");

        Assert.Equal(0, exit);
        var first = JsonDocument.Parse(output).RootElement;
        Assert.Equal((990, 0, 10), (first.GetProperty("accepted").GetInt64(), first.GetProperty("duplicates").GetInt64(), first.GetProperty("rejected").GetInt64()));
        var rejects = File.ReadAllLines(first.GetProperty("files")[0].GetProperty("rejects").GetString()!);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i * 100), rejects.Select(r => JsonDocument.Parse(r).RootElement.GetProperty("line").GetInt64()));
        Assert.Equal(0, again.Exit);
        Assert.Equal(990, JsonDocument.Parse(again.Out).RootElement.GetProperty("duplicates").GetInt64());
        Assert.Equal(990, await Total(data));
        Assert.Equal(990, await Total(data, "retards AND livraison"));
    }

    [Fact]
    public async Task An_import_killed_with_sigkill_and_run_again_indexes_every_valid_record_exactly_once()
    {
        var corpus = Corpus(30_000, badEvery: 100);
        var data = Path.Combine(_folder, "data");
        using (var process = Process.Start(SlProcess.StartInfo(_folder, "import", corpus, "--data", data, "--batch-size", "500"))!)
        {
            // Kill once some commits have landed, while the import is still running.
            var index = Path.Combine(data, "index");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline
                && (!Directory.Exists(index) || Directory.GetFiles(index, "segments_*").Select(f => f[^1]).DefaultIfEmpty('1').Max() < '4'))
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
            Assert.False(process.HasExited, "the import finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.InRange(await Total(data), 1, 29_699);

        var (exit, output, error) = await SlProcess.RunAsync(_folder, "import", corpus, "--data", data, "--json");

        Assert.True(exit == 0, error);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.True(result.GetProperty("files")[0].GetProperty("resumed_from_line").GetInt64() > 0);
        Assert.Equal(29_700, await Total(data));
        Assert.Equal(300, result.GetProperty("rejected").GetInt64());
        var rejectLines = File.ReadAllLines(result.GetProperty("files")[0].GetProperty("rejects").GetString()!);
        Assert.Equal(300, rejectLines.Distinct().Count());
    }

    [Theory]
    [InlineData("livraison AND", "Query error")]
    [InlineData("nosuch:field", "Unknown field")]
    public async Task A_bad_query_gets_a_clear_message_and_exit_code_2(string query, string message)
    {
        var (exit, output, error) = await SlProcess.RunAsync(_folder, "query", query, "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Importing_a_missing_file_fails_with_a_message()
    {
        var (exit, _, error) = await SlProcess.RunAsync(_folder, "import", "nope.jsonl", "--data", Path.Combine(_folder, "data"));
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
