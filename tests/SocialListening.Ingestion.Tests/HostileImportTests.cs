using System.Text;
using System.Text.Json;
using SocialListening.Core.Index;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Import;
using SocialListening.Search.Lucene;
using SocialListening.Tests.Hostile;

namespace SocialListening.Ingestion.Tests;

/// <summary>
/// Hostile files into the importer: every bad record is rejected with its line and a reason, every good record
/// around it goes in, and the import itself never fails.
/// </summary>
public sealed class HostileImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-hostile-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileImporter Importer(IMentionIndex index) =>
        new(index, [], new MentionRecordParser(new AuthorPseudonymiser(new byte[32]), TimeProvider.System, MentionRecordParser.DefaultMaxTextLength),
            new ImportOptions { RejectsDirectory = Path.Combine(_folder, "rejects"), BatchSize = 50 });

    private static byte[] Good(string id, string text = "bonjour") => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = id, ["source"] = "import", ["text"] = text, ["published_at"] = "2026-11-02T09:14:00+01:00",
    }) + "\n");

    private async Task<(ImportResult Result, long Indexed)> ImportAsync(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index-" + name));
        var result = await Importer(index).ImportAsync(path, null, TestContext.Current.CancellationToken);
        var total = (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, TestContext.Current.CancellationToken)).Total;
        return (result, total);
    }

    private static List<JsonElement> Rejects(ImportResult result) =>
        result.RejectsPath is null ? [] : File.ReadAllLines(result.RejectsPath).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Random_bytes_between_good_lines_are_rejected_and_the_good_lines_go_in()
    {
        var random = HostileInput.Random(2);
        for (var round = 0; round < 20; round++)
        {
            var content = new List<byte>();
            content.AddRange(Good("first"));
            // Random bytes without newlines: exactly one bad record between the two good ones.
            content.AddRange(HostileInput.Bytes(random).Select(b => b == (byte)'\n' ? (byte)'x' : b).Append((byte)'\n'));
            content.AddRange(Good("last"));

            var (result, indexed) = await ImportAsync($"random{round}.jsonl", [.. content]);

            Assert.Equal(2, indexed);
            Assert.True(result.Rejected <= 1);
            Assert.All(Rejects(result), r => Assert.Equal(2, r.GetProperty("line").GetInt64()));
        }
    }

    [Fact]
    public async Task Hostile_text_values_are_either_indexed_or_rejected_with_a_reason()
    {
        var random = HostileInput.Random(3);
        var content = new List<byte>();
        const int Count = 300;
        for (var i = 0; i < Count; i++)
        {
            // Through a JSON encoder, so the line is valid JSON whatever the characters (lone surrogates become \uD800).
            content.AddRange(Good("h" + i, HostileInput.Text(random, 300) + "x"));
        }

        var (result, indexed) = await ImportAsync("hostile.jsonl", [.. content]);

        Assert.Equal(Count, result.Accepted + result.Rejected);
        Assert.Equal(result.Accepted, indexed);
        Assert.All(Rejects(result), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_json_string_is_rejected_not_a_crash()
    {
        var content = Encoding.UTF8.GetBytes("{\"id\":\"s\",\"source\":\"import\",\"text\":\"a\\ud800b\",\"published_at\":\"2026-11-02T09:14:00Z\"}\n")
            .Concat(Good("ok")).ToArray();

        var (result, indexed) = await ImportAsync("surrogate.jsonl", content);

        Assert.Equal(1, indexed);
        Assert.Equal(1, result.Rejected);
        Assert.Contains("UTF-16", Rejects(result)[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_line_a_deep_json_and_invalid_utf8_are_rejected_each_with_its_line()
    {
        var content = Good("1")
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 10 * 1024 * 1024) + "\"}\n"))
            .Concat(Encoding.UTF8.GetBytes(HostileInput.DeepJson(100_000) + "\n"))
            .Concat(Encoding.UTF8.GetBytes(HostileInput.DeepObject(5_000) + "\n"))
            .Concat(HostileInput.InvalidUtf8("{\"id\":\"x\"}")).Concat("\n"u8.ToArray())
            .Concat(Good("2", HostileInput.Huge(90_000)))
            .Concat(Good("3", "👩‍👩‍👧‍👦 \u202Eevil\u202C \u200B"))
            .Concat(Good("4", HostileInput.Huge(1_000_000)))
            .ToArray();

        var (result, indexed) = await ImportAsync("big.jsonl", content);

        Assert.Equal(3, indexed);
        var rejects = Rejects(result);
        var reasons = rejects.Select(r => r.GetProperty("reason").GetString()!).ToArray();
        Assert.Equal(new long[] { 2, 3, 4, 5, 8 }, rejects.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Contains("longer than", reasons[0], StringComparison.Ordinal);
        Assert.Contains("malformed JSON", reasons[1], StringComparison.Ordinal);
        Assert.Contains("malformed JSON", reasons[2], StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", reasons[3], StringComparison.Ordinal);
        Assert.Contains("longer than", reasons[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_csv_rows_are_rejected_with_their_line_and_the_rest_goes_in()
    {
        var random = HostileInput.Random(4);
        var builder = new StringBuilder("id,source,text,published_at\n");
        builder.Append("1,import,bonjour,2026-11-02T09:14:00Z\n");
        builder.Append("2,import,\"unclosed quote,2026-11-02T09:14:00Z\n");
        builder.Append("3,import,\"a \"\"quoted\"\" =cmd|' /C calc'!A0\",2026-11-02T09:14:00Z\n");
        for (var i = 0; i < 100; i++)
        {
            builder.Append("r").Append(i).Append(",import,\"").Append(HostileInput.Text(random, 100).Replace("\"", "\"\"", StringComparison.Ordinal)).Append("x\",2026-11-02T09:14:00Z\n");
        }
        var content = Encoding.UTF8.GetBytes(builder.ToString()).Concat(HostileInput.InvalidUtf8("z,import,x,2026-11-02")).Concat("\n"u8.ToArray())
            .Concat(Encoding.UTF8.GetBytes("last,import,fin,2026-11-02T09:14:00Z\n")).ToArray();

        var (result, indexed) = await ImportAsync("hostile.csv", content);

        Assert.True(indexed >= 2, $"{indexed} indexed");
        Assert.Equal(result.Accepted, indexed);
        Assert.All(Rejects(result), r => Assert.True(r.GetProperty("line").GetInt64() > 1));
    }

    [Fact]
    public async Task Random_bytes_as_a_whole_csv_file_do_not_fail_the_import()
    {
        var random = HostileInput.Random(5);
        for (var round = 0; round < 20; round++)
        {
            var (result, _) = await ImportAsync($"random{round}.csv", HostileInput.Bytes(random, 4_000));

            Assert.True(result.Accepted + result.Rejected >= 0);
        }
    }
}
