using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SocialListening.Cli.Tests;

public sealed class NoiseCommandTests : IDisposable
{
    private const string Config = """
        brands:
          - id: mandarine
            name: Mandarine
          - id: kalix
            name: Kalix
        themes:
          - id: price
            name: Prix
            terms: { fr: [facture, prix], en: [bill, price] }
        competitive_sets:
          - id: operators
            name: Operators
            brands: [mandarine, kalix]
        """;

    private const string Copypasta = "Kalix m'a prélevé deux fois ce mois-ci et le service client ne répond pas, partagez un max pour que ça bouge #KalixRembourse";

    private readonly string _folder = Directory.CreateTempSubdirectory("sl-noise-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_planted_copypasta_counts_once_in_share_of_voice_unless_duplicates_are_included()
    {
        var config = Path.Combine(_folder, "sl.yaml");
        File.WriteAllText(config, Config, new UTF8Encoding(false));
        var corpus = Path.Combine(_folder, "mentions.jsonl");
        var lines = new List<string>();
        var start = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < 8; i++)
        {
            lines.Add(Line($"m{i}", $"Mandarine, la facture numéro {i} est arrivée, rien à signaler pour le mois {i}", start.AddHours(i), $"@fan{i}", 800));
        }
        for (var i = 0; i < 4; i++)
        {
            lines.Add(Line($"k{i}", $"Kalix propose une offre {i} vraiment différente des autres cette semaine, prix numéro {i}", start.AddHours(i), $"@client{i}", 800));
        }
        // The copypasta: 12 copies by different accounts, a few of them reworded or with a link, 6 of them from
        // low-reach accounts posting within minutes (a bot-like burst).
        for (var i = 0; i < 12; i++)
        {
            var text = i % 4 == 1 ? "RT @colere: " + Copypasta : i % 4 == 2 ? Copypasta + " https://example.org/x" + i : Copypasta;
            lines.Add(Line($"c{i}", text, start.AddHours(2).AddMinutes(i < 6 ? i : 60 * i), $"@copie{i}", i < 6 ? 3 : 900));
        }
        File.WriteAllLines(corpus, lines, new UTF8Encoding(false));
        var data = Path.Combine(_folder, "data");

        var import = await SlProcess.RunAsync(_folder, "import", corpus, "--data", data, "--config", config, "--json");
        var deduplicated = await SlProcess.RunAsync(_folder, "sov", "--data", data, "--config", config, "--json");
        var withSpam = await SlProcess.RunAsync(_folder, "sov", "--data", data, "--config", config, "--json", "--include-spam");
        var everything = await SlProcess.RunAsync(_folder, "sov", "--data", data, "--config", config, "--json", "--include-duplicates", "--include-spam");
        var spam = await SlProcess.RunAsync(_folder, "facets", "*:*", "--by", "spam", "--data", data, "--json");

        Assert.True(import.Exit == 0, import.Err);
        // By default the burst is spam, and its first post with it, so only the 4 other Kalix mentions count.
        Assert.Equal((8L, 4L), Mentions(deduplicated.Out));
        Assert.Equal((8L, 5L), Mentions(withSpam.Out));
        Assert.Equal((8L, 16L), Mentions(everything.Out));
        var noise = JsonDocument.Parse(deduplicated.Out).RootElement.GetProperty("noise");
        Assert.Equal(11, noise.GetProperty("duplicates").GetInt64());
        Assert.True(noise.GetProperty("duplicates_excluded").GetBoolean());
        Assert.False(JsonDocument.Parse(everything.Out).RootElement.GetProperty("noise").GetProperty("spam_excluded").GetBoolean());
        var flagged = JsonDocument.Parse(spam.Out).RootElement.GetProperty("buckets").EnumerateArray()
            .Single(b => b.GetProperty("key").GetString() == "true").GetProperty("count").GetInt64();
        Assert.Equal(6, flagged);
    }

    [Fact]
    public async Task A_copy_imported_in_a_later_run_joins_the_story_of_an_earlier_run_and_counts_once()
    {
        var config = Path.Combine(_folder, "sl.yaml");
        File.WriteAllText(config, Config, new UTF8Encoding(false));
        var at = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.FromHours(1));
        var monday = Path.Combine(_folder, "monday.jsonl");
        var tuesday = Path.Combine(_folder, "tuesday.jsonl");
        File.WriteAllLines(monday, [Line("first", Copypasta, at, "@colere", 900), Line("own", "Mandarine, la facture est arrivée, rien à signaler ce mois-ci", at, "@fan", 800)], new UTF8Encoding(false));
        File.WriteAllLines(tuesday, [Line("copy", "RT @colere: " + Copypasta + " https://example.org/x", at.AddHours(20), "@copie", 900)], new UTF8Encoding(false));
        var data = Path.Combine(_folder, "data");

        var first = await SlProcess.RunAsync(_folder, "import", monday, "--data", data, "--config", config);
        var second = await SlProcess.RunAsync(_folder, "import", tuesday, "--data", data, "--config", config);
        var again = await SlProcess.RunAsync(_folder, "import", monday, tuesday, "--data", data, "--config", config);
        var deduplicated = await SlProcess.RunAsync(_folder, "sov", "--data", data, "--config", config, "--json");
        var everything = await SlProcess.RunAsync(_folder, "sov", "--data", data, "--config", config, "--json", "--include-duplicates");
        var copy = await SlProcess.RunAsync(_folder, "query", "id:copy", "--data", data, "--json");

        Assert.True(first.Exit == 0 && second.Exit == 0 && again.Exit == 0, first.Err + second.Err + again.Err);
        Assert.Equal((1L, 1L), Mentions(deduplicated.Out));
        Assert.Equal((1L, 2L), Mentions(everything.Out));
        var hit = JsonDocument.Parse(copy.Out).RootElement.GetProperty("hits")[0];
        Assert.Equal("mastodon/first", hit.GetProperty("story_id").GetString());
        Assert.True(hit.GetProperty("duplicate").GetBoolean());
    }

    private static (long Mandarine, long Kalix) Mentions(string json)
    {
        var brands = JsonDocument.Parse(json).RootElement.GetProperty("groups")[0].GetProperty("brands").EnumerateArray()
            .ToDictionary(b => b.GetProperty("brand").GetString()!, b => b.GetProperty("mentions").GetInt64());
        return (brands.GetValueOrDefault("mandarine"), brands.GetValueOrDefault("kalix"));
    }

    private static string Line(string id, string text, DateTimeOffset at, string author, long followers) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["source"] = "mastodon",
            ["text"] = text,
            ["published_at"] = at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["author"] = author,
            ["author_followers"] = followers,
            ["lang"] = "fr",
        });
}
