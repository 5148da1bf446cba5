using System.Text.Json;
using SocialListening.Cli.Commands.Train;

namespace SocialListening.Cli.Tests;

public sealed class TriageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-triage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_demo_puts_the_mandarine_outage_spike_and_viral_escalating_complaints_at_the_top_and_actions_change_the_queue()
    {
        var data = Path.Combine(_folder, "demo");
        var demo = await SlProcess.RunAsync(_folder, "demo", "--data", data, "--no-serve", "--json");
        Assert.True(demo.Exit == 0, demo.Err);

        var (exit, output, error) = await SlProcess.RunAsync(_folder, "triage", "list", "--data", data, "--json", "--limit", "5");

        Assert.True(exit == 0, error);
        var list = JsonDocument.Parse(output).RootElement;
        var spike = list.GetProperty("spikes")[0];
        Assert.Equal("mandarine", spike.GetProperty("key").GetString());
        var hour = spike.GetProperty("hour").GetDateTimeOffset();
        Assert.InRange(hour, new DateTimeOffset(2026, 11, 18, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 18, 22, 0, 0, TimeSpan.Zero));
        Assert.True(spike.GetProperty("observed").GetInt64() >= 5 * spike.GetProperty("expected").GetDouble());
        Assert.Equal("negative", spike.GetProperty("sentiment").GetString());
        Assert.Contains("panne", spike.GetProperty("top_terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("panne réseau", spike.GetProperty("phrases").EnumerateArray().Select(t => t.GetString()));

        var items = list.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(5, items.Length);
        var risks = items.Select(i => i.GetProperty("risk").GetDouble()).ToArray();
        Assert.Equal(risks.OrderDescending(), risks);
        var top = items[0];
        var reasons = top.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Contains(reasons, r => r.StartsWith("complaint (p=", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("author reach ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("escalation: ", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Contains("2026-11-18", i.GetProperty("published_at").GetString(), StringComparison.Ordinal));

        var id = top.GetProperty("id").GetString()!;
        var assign = await SlProcess.RunAsync(_folder, "triage", "assign", id, "--to", "Camille", "--by", "alice", "--data", data);
        var dismiss = await SlProcess.RunAsync(_folder, "triage", "dismiss", items[1].GetProperty("id").GetString()!, "--by", "alice", "--note", "press review", "--data", data);
        var missing = await SlProcess.RunAsync(_folder, "triage", "ack", "mastodon/nope", "--data", data);
        Assert.True(assign.Exit == 0, assign.Err);
        Assert.True(dismiss.Exit == 0, dismiss.Err);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("No mention", missing.Err, StringComparison.Ordinal);

        var after = JsonDocument.Parse((await SlProcess.RunAsync(_folder, "triage", "list", "--data", data, "--json", "--limit", "5", "--spike-days", "0")).Out).RootElement;
        var ids = after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToArray();
        Assert.Equal(id, ids[0]);
        Assert.Equal("assigned", after.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.DoesNotContain(items[1].GetProperty("id").GetString(), ids);
        var dismissed = JsonDocument.Parse((await SlProcess.RunAsync(_folder, "triage", "list", "--data", data, "--json", "--status", "dismissed", "--spike-days", "0")).Out).RootElement;
        Assert.Equal(items[1].GetProperty("id").GetString(), dismissed.GetProperty("items")[0].GetProperty("id").GetString());

        // The dismissal is a "not a complaint" example for 'sl train complaint --feedback DATA'.
        var feedback = DismissedExamples.Load(data, TestContext.Current.CancellationToken);
        Assert.Equal(items[1].GetProperty("text").GetString(), Assert.Single(feedback).Text);
        Assert.Equal("0", feedback[0].Label);
    }
}
