using System.Diagnostics;
using System.Text;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Brands;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Sources;
using SocialListening.Tests.Hostile;

namespace SocialListening.Cli.Tests;

/// <summary>
/// Hostile configuration files into every reader of the configuration (brands, sources and crawler, alerts, data
/// folder, index and query limits, sentiment provider): a clear error naming the file, or a valid configuration;
/// never another exception, and alias bombs and deep nesting end quickly.
/// </summary>
public sealed class HostileConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-hostile-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly (string Name, Action<string> Read)[] Readers =
    [
        ("brands", path => BrandCatalogFile.Load(path)),
        ("sources", path => CrawlingConfigurationFile.Load(path)),
        ("alerts", path => AlertRulesFile.Load(path)),
        ("data folder", path => SlSettings.Resolve(path, null)),
        ("index", path => IndexSettings.Open(new SlSettings(path, Path.Combine(Path.GetDirectoryName(path)!, "data"))).Dispose()),
        ("sentiment", path => SentimentProviderSettings.Azure(path)),
    ];

    private static bool IsClear(Exception e) => e is BrandCatalogException or SourceConfigurationException or InvalidDataException or CliException;

    private static IEnumerable<(string Name, byte[] Yaml)> Files()
    {
        var random = HostileInput.Random(7);
        for (var i = 0; i < 10; i++)
        {
            yield return ($"random bytes {i}", HostileInput.Bytes(random, 1_000));
            yield return ($"hostile text {i}", Encoding.UTF8.GetBytes(HostileInput.Text(random, 300)));
        }
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        yield return ("alias bomb", Encoding.UTF8.GetBytes(bomb + "brands: *j\nthemes: *j\nsources: *j\nalerts: *j\nindex: *j\nsentiment: *j\n"));
        yield return ("alias bomb in a list of strings", Encoding.UTF8.GetBytes(bomb + "brands:\n  - name: x\n    aliases: *j\n"));
        yield return ("self alias", Encoding.UTF8.GetBytes("brands: &x [*x]\n"));
        yield return ("deep flow nesting", Encoding.UTF8.GetBytes("brands: " + new string('[', 100_000) + new string(']', 100_000) + "\n"));
        yield return ("deep block nesting", Encoding.UTF8.GetBytes("brands:\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => new string(' ', i) + "- \n"))));
        yield return ("invalid UTF-8", HostileInput.InvalidUtf8("brands:\n  - name: x\n"));
        yield return ("control and bidi characters", Encoding.UTF8.GetBytes("brands:\n  - name: \"\u202Eevil\u0000\u001B[31m\"\n    aliases: [\"\u200B\", \"👩‍👩‍👧‍👦\"]\n"));
        yield return ("wrong types", Encoding.UTF8.GetBytes("brands: 7\nthemes: {a: b}\nsources: \"x\"\nindex: [1]\nsentiment: []\nalerts: 3\ndata: [1, 2]\n"));
        yield return ("huge numbers", Encoding.UTF8.GetBytes(
            "brands:\n  - name: x\n    territory: [{theme: a, target: 1e999}]\nindex:\n  shards: 99999999999999999999\n  query_limits: {timeout: .nan, max_clauses: -1}\n" +
            "crawler:\n  per_host_rps: 1e999\n  timeout: -1\nalerts:\n  - {name: a, kind: risk, webhook_url: 'http://x', min_risk: .inf, max_per_hour: 1e30}\n"));
        yield return ("duplicate keys", Encoding.UTF8.GetBytes("brands: []\nbrands: []\n"));
        yield return ("unknown tags", Encoding.UTF8.GetBytes("brands: !!python/object:os.system [\"rm -rf /\"]\nindex: !<tag:yaml.org,2002:binary> AAAA\n"));
        yield return ("huge scalar", Encoding.UTF8.GetBytes("brands:\n  - name: \"" + HostileInput.Huge(2_000_000).Replace("\"", "", StringComparison.Ordinal) + "\"\n"));
        yield return ("many documents", Encoding.UTF8.GetBytes("---\nbrands: []\n---\nbrands: []\n...\n---\n"));
    }

    [Fact]
    public void Hostile_configuration_files_give_a_clear_error_naming_the_file_or_load()
    {
        var failures = new List<string>();
        var round = 0;
        foreach (var (name, yaml) in Files())
        {
            var path = Path.Combine(_folder, $"config{round++}.yaml");
            File.WriteAllBytes(path, yaml);
            foreach (var (reader, read) in Readers)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    read(path);
                }
                catch (Exception e) when (IsClear(e))
                {
                    if (!e.Message.Contains(Path.GetFileName(path), StringComparison.Ordinal) && !e.Message.Contains("index.", StringComparison.Ordinal))
                    {
                        failures.Add($"{name} -> {reader}: the message does not name the file: {e.Message}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{name} -> {reader}: {e.GetType().Name}: {e.Message}");
                }
                if (clock.Elapsed > TimeSpan.FromSeconds(5))
                {
                    failures.Add($"{name} -> {reader}: took {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
