using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SocialListening.Cli.Benchmarks;
using SocialListening.Cli.Hosting;

namespace SocialListening.Cli.Commands.Bench;

/// <summary>
/// `sl bench soak`: the service under concurrent query and ingest load on loopback for a bounded time, with its
/// memory over time and the queries' latency percentiles; ends with `name=value` lines.
/// </summary>
public static class BenchSoakCommand
{
    public static Command Create()
    {
        var duration = new Option<string>("--duration") { Description = "How long the load lasts: 90s, 3m", DefaultValueFactory = _ => "3m" };
        var queriers = new Option<int>("--queriers") { Description = "Concurrent query loops", DefaultValueFactory = _ => 4 };
        var dropEvery = new Option<int>("--drop-every") { Description = "Seconds between two drops of new mentions into the watched folder", DefaultValueFactory = _ => 5 };
        var dropSize = new Option<int>("--drop-size") { Description = "Mentions per drop", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed-count") { Description = "Mentions in the index before the load starts", DefaultValueFactory = _ => 20_000 };
        var output = new Option<string?>("--out") { Description = "Working folder (default: a new folder under the system temp folder, deleted afterwards)" };
        var json = new Option<string?>("--json-out") { Description = "Also write the full result (every RSS sample, per-query latency) as JSON to this file" };
        var command = new Command("soak", "Soak the service (sl run) under concurrent query and ingest load; report memory over time and latency percentiles")
        {
            duration, queriers, dropEvery, dropSize, seed, output, json,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async _ =>
        {
            var length = ParseDuration(parse.GetValue(duration)!);
            if (parse.GetValue(queriers) < 1 || parse.GetValue(dropEvery) < 1 || parse.GetValue(dropSize) < 1 || parse.GetValue(seed) < 1)
            {
                throw new CliException("--queriers, --drop-every, --drop-size and --seed-count must be at least 1.", 2);
            }
            var bundle = Path.Combine(AppContext.BaseDirectory, "demo");
            if (!File.Exists(Path.Combine(bundle, "mentions.jsonl")))
            {
                throw new CliException($"The demo corpus is missing from '{bundle}': rebuild the CLI so that samples/demo is copied beside it.");
            }
            var keep = parse.GetValue(output) is not null;
            var folder = parse.GetValue(output) ?? Directory.CreateTempSubdirectory("sl-soak-").FullName;
            Directory.CreateDirectory(folder);
            try
            {
                var options = new SoakOptions(length, parse.GetValue(queriers), TimeSpan.FromSeconds(parse.GetValue(dropEvery)), parse.GetValue(dropSize), parse.GetValue(seed), Path.GetFullPath(folder));
                var result = await new SoakRun(options, bundle, m => Console.Error.WriteLine(m)).RunAsync(ct).ConfigureAwait(false);
                Print(result);
                if (parse.GetValue(json) is { } jsonPath)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(jsonPath))!);
                    await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }), ct).ConfigureAwait(false);
                }
                return result.QueryErrors == 0 && result.MentionsIndexed == result.MentionsWritten ? 0 : 1;
            }
            finally
            {
                if (!keep)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }));
        return command;
    }

    public static TimeSpan ParseDuration(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var (number, unit) = value.EndsWith('m') ? (value[..^1], 60) : value.EndsWith('s') ? (value[..^1], 1) : (value, 1);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && n * unit <= 24 * 3600
            ? TimeSpan.FromSeconds(n * unit)
            : throw new CliException($"--duration '{text}' is not a duration: use seconds or minutes, e.g. 90s or 3m.", 2);
    }

    private static void Print(SoakResult r)
    {
        var f = CultureInfo.InvariantCulture;
        Console.WriteLine($"Soak: {r.Seconds:F0} s, {r.Queriers} queriers, {r.Machine}");
        Console.WriteLine("query              runs      p50 ms    p95 ms    p99 ms    max ms");
        foreach (var l in r.PerQuery.Append(r.Latency))
        {
            Console.WriteLine(string.Format(f, "{0,-16} {1,6} {2,10:F1} {3,9:F1} {4,9:F1} {5,9:F1}", l.Name, l.Runs, l.P50, l.P95, l.P99, l.Max));
        }
        Console.WriteLine("RSS of the service (MiB) over time:");
        var step = Math.Max(1, r.Rss.Count / 12);
        foreach (var s in r.Rss.Where((_, i) => i % step == 0 || i == r.Rss.Count - 1))
        {
            Console.WriteLine(string.Format(f, "  t={0,6:F0} s  {1,7:F1}", s.Seconds, s.Mib));
        }
        Console.WriteLine(string.Format(f, "soak_seconds={0:F0}", r.Seconds));
        Console.WriteLine(string.Format(f, "queries={0}", r.Queries));
        Console.WriteLine(string.Format(f, "query_errors={0}", r.QueryErrors));
        Console.WriteLine(string.Format(f, "queries_per_second={0:F1}", r.QueriesPerSecond));
        Console.WriteLine(string.Format(f, "query_p50_ms={0:F1}", r.Latency.P50));
        Console.WriteLine(string.Format(f, "query_p95_ms={0:F1}", r.Latency.P95));
        Console.WriteLine(string.Format(f, "query_p99_ms={0:F1}", r.Latency.P99));
        Console.WriteLine(string.Format(f, "mentions_written={0}", r.MentionsWritten));
        Console.WriteLine(string.Format(f, "mentions_indexed={0}", r.MentionsIndexed));
        Console.WriteLine(string.Format(f, "ingest_catch_up_seconds={0:F1}", r.CatchUpSeconds));
        Console.WriteLine(string.Format(f, "rss_start_mib={0:F1}", r.Rss.Count > 0 ? r.Rss[0].Mib : 0));
        Console.WriteLine(string.Format(f, "rss_max_mib={0:F1}", r.Rss.Count > 0 ? r.Rss.Max(s => s.Mib) : 0));
        Console.WriteLine(string.Format(f, "rss_end_mib={0:F1}", r.Rss.Count > 0 ? r.Rss[^1].Mib : 0));
    }
}
