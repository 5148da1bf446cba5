using System.Text.Json;

namespace SocialListening.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-demo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Demo_builds_the_index_and_reports_share_of_voice_and_territories_that_other_commands_agree_with()
    {
        var data = Path.Combine(_folder, "demo");

        var (exit, output, error) = await SlProcess.RunAsync(_folder, "demo", "--data", data, "--json", "--no-serve");

        Assert.True(exit == 0, error);
        var demo = JsonDocument.Parse(output).RootElement;
        Assert.True(demo.GetProperty("imported").GetProperty("accepted").GetInt64() >= 3_000);
        Assert.Equal(0, demo.GetProperty("imported").GetProperty("rejected").GetInt64());
        var brands = demo.GetProperty("share_of_voice").GetProperty("groups")[0].GetProperty("brands").EnumerateArray().ToArray();
        Assert.True(brands.Length >= 2);
        Assert.Equal(1.0, brands.Sum(b => b.GetProperty("share").GetDouble()), 2);
        var config = demo.GetProperty("config").GetString()!;

        var sov = await SlProcess.RunAsync(_folder, "sov", "--by", "theme", "--data", data, "--config", config, "--json");
        var territory = await SlProcess.RunAsync(_folder, "territory", brands[0].GetProperty("brand").GetString()!, "--data", data, "--config", config, "--json");

        Assert.Equal(0, sov.Exit);
        var groups = JsonDocument.Parse(sov.Out).RootElement.GetProperty("groups").EnumerateArray().ToArray();
        Assert.True(groups.Length >= 3);
        Assert.All(groups, g => Assert.Equal(g.GetProperty("mentions").GetInt64(), g.GetProperty("brands").EnumerateArray().Sum(b => b.GetProperty("mentions").GetInt64())));
        Assert.Equal(0, territory.Exit);
        var report = JsonDocument.Parse(territory.Out).RootElement;
        Assert.InRange(report.GetProperty("alignment").GetDouble(), 0, 1);
        Assert.NotEmpty(report.GetProperty("themes").EnumerateArray());
        Assert.Equal(brands[0].GetProperty("mentions").GetInt64(), report.GetProperty("mentions").GetInt64());

        var facets = await SlProcess.RunAsync(_folder, "facets", "*:*", "--by", "day", "--data", data, "--json");
        Assert.Equal(0, facets.Exit);
        var days = JsonDocument.Parse(facets.Out).RootElement.GetProperty("buckets").EnumerateArray().ToArray();
        Assert.InRange(days.Length, 28, 32);
        Assert.Equal(demo.GetProperty("imported").GetProperty("accepted").GetInt64(), days.Sum(d => d.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Demo_refuses_to_wipe_a_folder_it_did_not_create()
    {
        var data = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(Path.Combine(data, "index"));

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "demo", "--data", data, "--no-serve");

        Assert.Equal(2, exit);
        Assert.Contains("did not create", error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(data, "index")));
    }
}
