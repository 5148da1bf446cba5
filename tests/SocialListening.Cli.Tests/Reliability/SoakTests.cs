using System.Globalization;
using System.Text.Json;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>The short soak: `sl bench soak` for 20 s, the same harness as the few-minute run in docs/reliability.md.</summary>
public sealed class SoakTests
{
    [Fact]
    public async Task A_short_soak_answers_every_query_loses_no_mention_and_records_memory_and_latency()
    {
        var folder = Directory.CreateTempSubdirectory("sl-soak-").FullName;
        var results = Path.Combine(AppContext.BaseDirectory, "TestResults", "soak.json");
        try
        {
            var (exit, output, error) = await SlProcess.RunAsync(folder, "bench", "soak", "--duration", "20s", "--seed-count", "1000",
                "--queriers", "2", "--drop-every", "2", "--drop-size", "100", "--json-out", results);

            TestContext.Current.SendDiagnosticMessage(output);
            Assert.True(exit == 0, output + error);
            var values = output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l.Trim(), "^([a-z0-9_]+)=([-0-9.]+)$")).Where(m => m.Success)
                .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.Equal(0, values["query_errors"]);
            Assert.True(values["queries"] >= 20, output);
            Assert.Equal(values["mentions_written"], values["mentions_indexed"]);
            Assert.True(values["mentions_written"] >= 1_500, output);
            Assert.InRange(values["query_p50_ms"], 0.01, values["query_p99_ms"]);
            Assert.InRange(values["rss_max_mib"], 50, 4096);
            var json = JsonDocument.Parse(await File.ReadAllTextAsync(results, TestContext.Current.CancellationToken)).RootElement;
            Assert.True(json.GetProperty("rss").GetArrayLength() >= 15);
            Assert.Equal(6, json.GetProperty("per_query").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("3m", 180)]
    [InlineData("45", 45)]
    public void Durations_are_read_in_seconds_or_minutes(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SocialListening.Cli.Commands.Bench.BenchSoakCommand.ParseDuration(text));
}
