using System.Globalization;
using System.Text.Json;

namespace SocialListening.Cli.Tests;

/// <summary>`sl forget`, `sl author export`, `sl retention run` and `sl privacy rotate-key` on a real data folder.</summary>
public sealed class PrivacyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-privacy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Data => Path.Combine(_folder, "data");

    private async Task<JsonElement> SlJsonAsync(params string[] args)
    {
        var (exit, output, error) = await SlProcess.RunAsync(_folder, [.. args, "--data", Data, "--json"]);
        Assert.True(exit == 0, $"sl {string.Join(' ', args)}: {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    private string Corpus()
    {
        static string Line(string id, string author, double daysAgo) =>
            $$"""{"id":"{{id}}","source":"import","text":"Mandarine en panne ce soir","published_at":"{{DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("O", CultureInfo.InvariantCulture)}}","author":"{{author}}"}""";
        var path = Path.Combine(_folder, "mentions.jsonl");
        File.WriteAllLines(path, [Line("l1", "@Lea_M", 1), Line("l2", "lea_m", 2), Line("p1", "@paul", 1), Line("p2", "@paul", 20), Line("p-old", "@paul", 500),
            // Rejected (no date): the rejects file quotes the raw line, handle included.
            """{"id":"bad","source":"import","text":"Mandarine","author":"@Lea_M"}"""]);
        return path;
    }

    [Fact]
    public async Task Forget_erases_an_author_and_keeps_them_out_of_a_reimport_and_export_finds_older_mentions_after_a_key_rotation()
    {
        var corpus = Corpus();
        var import = await SlJsonAsync("import", corpus);
        // Published 500 days ago: past the default retention of 395 days, never indexed.
        Assert.Equal((4, 1), (import.GetProperty("accepted").GetInt32(), import.GetProperty("withheld").GetInt32()));

        var export = await SlJsonAsync("author", "export", "@LEA_M");
        Assert.Equal(2, export.GetProperty("mentions").GetArrayLength());

        var forget = await SlJsonAsync("forget", "--author", "@lea_m", "--by", "dpo");
        Assert.Equal(2, forget.GetProperty("mentions").GetInt32());
        Assert.Equal(1, forget.GetProperty("raw_lines").GetInt32());
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(Data, "rejects")), f => File.ReadAllText(f).Contains("Lea_M", StringComparison.OrdinalIgnoreCase));
        Assert.True(forget.GetProperty("audit_entry").GetInt64() > 0);
        var (exit, text, _) = await SlProcess.RunAsync(_folder, "forget", "--author", "@nobody", "--data", Data);
        Assert.Equal(0, exit);
        Assert.Contains("mentions (index)            0", text, StringComparison.Ordinal);

        var again = await SlJsonAsync("import", corpus);
        Assert.Equal((0, 3), (again.GetProperty("accepted").GetInt32(), again.GetProperty("withheld").GetInt32()));
        Assert.Equal(2, (await SlJsonAsync("query", "*:*")).GetProperty("total").GetInt32());

        var (rotated, output, error) = await SlProcess.RunAsync(_folder, "privacy", "rotate-key", "--data", Data);
        Assert.True(rotated == 0, error);
        Assert.Contains("1 retired in all", output, StringComparison.Ordinal);
        var paul = await SlJsonAsync("author", "export", "@paul");
        Assert.Equal(2, paul.GetProperty("pseudonyms").GetArrayLength());
        Assert.Equal(2, paul.GetProperty("mentions").GetArrayLength());
        Assert.Equal(paul.GetProperty("pseudonyms")[1].GetString(), paul.GetProperty("mentions")[0].GetProperty("author").GetString());
    }

    [Fact]
    public async Task Retention_run_counts_in_a_dry_run_then_deletes_what_the_configuration_no_longer_keeps()
    {
        await SlJsonAsync("import", Corpus());
        var config = Path.Combine(_folder, "sl.yaml");
        File.WriteAllText(config, "retention:\n  default_days: 10\n");

        var dry = await SlJsonAsync("retention", "run", "--dry-run", "--config", config);
        Assert.Equal(1, dry.GetProperty("mentions").GetInt32());
        Assert.Equal(4, (await SlJsonAsync("query", "*:*")).GetProperty("total").GetInt32());

        var run = await SlJsonAsync("retention", "run", "--config", config);

        Assert.Equal(1, run.GetProperty("mentions").GetInt32());
        Assert.Equal(10, run.GetProperty("sources")[0].GetProperty("days").GetInt32());
        Assert.Equal(3, (await SlJsonAsync("query", "*:*")).GetProperty("total").GetInt32());
    }
}
