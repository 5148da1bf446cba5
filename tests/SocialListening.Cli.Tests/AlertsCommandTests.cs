using System.Text.Json;

namespace SocialListening.Cli.Tests;

public sealed class AlertsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-alerts-cli-").FullName;

    [Fact]
    public async Task Rules_added_on_the_command_line_are_listed_beside_the_configured_ones_and_removed()
    {
        var config = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(config, """
            data: ./data
            alerts:
              - { name: on-call, kind: spike, webhook_url: "https://example.org/hook" }
            """, TestContext.Current.CancellationToken);

        var add = await SlProcess.RunAsync(_folder, "alerts", "add", "night", "--kind", "risk", "--webhook", "https://hooks.example.org/services/SECRET",
            "--format", "slack", "--min-risk", "0.8", "--brand", "mandarine", "--config", config);
        Assert.True(add.Exit == 0, add.Err);
        Assert.Contains("https://hooks.example.org", add.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", add.Out, StringComparison.Ordinal);

        var again = await SlProcess.RunAsync(_folder, "alerts", "add", "ON-CALL", "--kind", "risk", "--webhook", "https://x.org", "--config", config);
        Assert.Equal(2, again.Exit);
        Assert.Contains("configuration file", again.Err, StringComparison.Ordinal);
        var bad = await SlProcess.RunAsync(_folder, "alerts", "add", "x", "--kind", "volume", "--webhook", "https://x.org", "--config", config);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("kind must be risk or spike", bad.Err, StringComparison.Ordinal);

        var list = await SlProcess.RunAsync(_folder, "alerts", "list", "--json", "--config", config);
        Assert.True(list.Exit == 0, list.Err);
        var rules = JsonDocument.Parse(list.Out).RootElement.GetProperty("rules");
        Assert.Equal(["on-call", "night"], rules.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(0.8, rules[1].GetProperty("min_risk").GetDouble());
        Assert.DoesNotContain("SECRET", list.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await SlProcess.RunAsync(_folder, "alerts", "remove", "night", "--config", config)).Exit);
        Assert.Equal(2, (await SlProcess.RunAsync(_folder, "alerts", "remove", "night", "--config", config)).Exit);
        Assert.Equal(2, (await SlProcess.RunAsync(_folder, "alerts", "remove", "on-call", "--config", config)).Exit);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
