using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SocialListening.Cli.Benchmarks;

/// <summary>
/// Writes the measured figures into the Markdown report between two marker comments, keeping the hand-written
/// parts of the file (the profile notes, the micro-benchmark tables) as they are.
/// </summary>
public static class BenchReport
{
    public const string Begin = "<!-- sl bench: generated section, rewritten by each run -->";
    public const string End = "<!-- sl bench: end of generated section -->";

    public static string Render(string command, int count, string loadBefore, PipelineBenchmark pipeline, PeerBenchmark? peers)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(Begin);
        b.AppendLine(inv, $"<!-- count={count} -->");
        b.AppendLine(inv, $"## Last run ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC)");
        b.AppendLine();
        b.AppendLine("```");
        b.AppendLine(command);
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {MachineFacts.MemoryGiB():F1} GiB memory, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}), server GC {System.Runtime.GCSettings.IsServerGC}.");
        b.AppendLine(inv, $"Load average (1, 5, 15 min) at the start: {loadBefore}; at the end: {MachineFacts.LoadAverage()}. The machine is shared, so wall-clock rates are pessimistic; the per-CPU-second rates (process CPU time) say what the code costs.");
        b.AppendLine();
        foreach (var section in pipeline.Figures.GroupBy(f => f.Section))
        {
            b.AppendLine(inv, $"### {char.ToUpperInvariant(section.Key[0])}{section.Key[1..]}");
            b.AppendLine();
            b.AppendLine("| Measure | Value | Detail |");
            b.AppendLine("|---|---:|---|");
            foreach (var f in section)
            {
                b.AppendLine(inv, $"| {f.Name} | {f.Value} | {f.Note} |");
            }
            b.AppendLine();
        }
        b.AppendLine("### Queries on the full index");
        b.AppendLine();
        b.AppendLine("| Query | Runs | p50 ms | p95 ms | p99 ms | max ms |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var l in pipeline.Latencies)
        {
            b.AppendLine(inv, $"| {l.Description} | {l.Runs} | {l.P50:F1} | {l.P95:F1} | {l.P99:F1} | {l.Max:F1} |");
        }
        b.AppendLine();
        b.AppendLine("### Sentiment beside the npm lexicon peers (XLM-T validation sets, one thread each)");
        b.AppendLine();
        if (peers is null)
        {
            b.AppendLine("Not run (--no-peers).");
        }
        else
        {
            if (peers.SkippedBecause is not null)
            {
                b.AppendLine(inv, $"Peers skipped: {peers.SkippedBecause}.");
                b.AppendLine();
            }
            b.AppendLine("| Scorer | Lang | Texts | docs per CPU-second | docs/s wall | macro-F1 | ours ÷ peer (speed per core) | ours − peer (macro-F1) | Three-class rule |");
            b.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
            foreach (var r in peers.Results)
            {
                var ours = peers.Results.FirstOrDefault(o => o.Lang == r.Lang && o.Scorer.Contains("ours", StringComparison.Ordinal));
                var peer = ours is not null && !r.Scorer.Contains("ours", StringComparison.Ordinal);
                var ratio = peer ? (ours!.DocsPerCpuSecond / r.DocsPerCpuSecond).ToString("F2", inv) + "×" : "";
                var delta = peer ? (ours!.MacroF1 - r.MacroF1).ToString("+0.000;-0.000", inv) : "";
                b.AppendLine(inv, $"| {r.Scorer} | {r.Lang} | {r.Texts:N0} | {r.DocsPerCpuSecond:N0} | {r.DocsPerSecond:N0} | {r.MacroF1:F4} | {ratio} | {delta} | {r.Rule} |");
            }
        }
        b.AppendLine();
        b.AppendLine("### Headline figures (the last lines of the console output)");
        b.AppendLine();
        b.AppendLine("```");
        foreach (var line in HeadlineLines(pipeline.Headline))
        {
            b.AppendLine(line);
        }
        b.AppendLine("```");
        b.AppendLine(End);
        return b.ToString();
    }

    public static IEnumerable<string> HeadlineLines(IReadOnlyDictionary<string, double> headline) =>
        headline.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={(p.Value >= 100 ? p.Value.ToString("F0", CultureInfo.InvariantCulture) : p.Value.ToString("F2", CultureInfo.InvariantCulture))}"));

    /// <summary>The corpus size of the run recorded in the report's generated section, 0 when there is none.</summary>
    public static long RecordedCount(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        if (begin < 0)
        {
            return 0;
        }
        var match = System.Text.RegularExpressions.Regex.Match(text[begin..], @"<!-- count=(\d+) -->");
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Replaces the generated section of the report (or appends one), keeping everything else.</summary>
    public static void Write(string path, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n";
        var begin = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        string updated;
        if (begin >= 0 && end > begin)
        {
            var after = end + End.Length;
            updated = existing[..begin] + section.TrimEnd('\n') + existing[after..];
        }
        else
        {
            updated = existing.TrimEnd('\n') + "\n\n" + section;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, updated);
    }
}
