using System.Diagnostics;
using System.Text.Json;
using SocialListening.Analysis.Evaluation;
using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Sentiment.Training;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Cli.Benchmarks;

/// <summary>One sentiment scorer on one language's validation texts: speed on one core and macro-F1.</summary>
public sealed record PeerResult(string Scorer, string Lang, int Texts, double DocsPerCpuSecond, double DocsPerSecond, double MacroF1, string Rule);

/// <summary>
/// Our sentiment model beside the npm lexicon packages on the XLM-T validation texts: each scores the same texts on
/// one thread, and we compare documents per CPU-second and macro-F1. The packages are installed with npm into the
/// benchmark's folder and run by tools/bench-peers/peers.mjs; without node or npm the peers are skipped.
/// </summary>
public sealed class PeerBenchmark(SentimentModel model, string datasetsDirectory, string workDirectory, TextWriter log)
{
    private static readonly string[] Labels = ["negative", "neutral", "positive"];

    public List<PeerResult> Results { get; } = [];
    public string? SkippedBecause { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        var sets = new Dictionary<string, List<SentimentExample>>(StringComparer.Ordinal);
        foreach (var lang in new[] { "en", "fr" })
        {
            try
            {
                sets[lang] = XlmtCorpus.Load(datasetsDirectory, lang, "val");
            }
            catch (IOException e)
            {
                SkippedBecause = $"validation sets not found ({e.Message}; use --datasets)";
                log.WriteLine($"peers skipped: {SkippedBecause}");
                return;
            }
        }
        foreach (var (lang, examples) in sets)
        {
            var texts = examples.Select(e => e.Text).ToArray();
            var languages = Enumerable.Repeat<string?>(lang, texts.Length).ToArray();
            Measure("SocialListening (ours)", lang, examples, () => model.PredictBatch(texts, languages));
            // The scorer remembers what each word's character n-grams add up to, and the rounds above repeat the same
            // texts: a fresh copy of the model per round starts with an empty memory, as a stream of new words would.
            Measure("SocialListening (ours, word memory emptied each round)", lang, examples,
                () => new SentimentModel(model.Features, model.Classifiers, model.Info).PredictBatch(texts, languages));
        }
        await RunPeersAsync(sets, ct).ConfigureAwait(false);
    }

    private void Measure(string scorer, string lang, List<SentimentExample> examples, Func<SentimentPrediction[]> score)
    {
        // Warm-up for one second (as tools/bench-peers does for the peers): the rate compared is that of code the
        // JIT has finished optimising, not of the first tiers; the CPU time of the process would count the JIT too.
        var warm = Stopwatch.StartNew();
        do
        {
            score();
        }
        while (warm.Elapsed.TotalSeconds < 1);
        SentimentPrediction[] predictions = [];
        var rounds = 0;
        var clock = Stopwatch.StartNew();
        var timing = Timing.Of(() =>
        {
            do
            {
                predictions = score();
                rounds++;
            }
            while (clock.Elapsed.TotalSeconds < 2);
        });
        var f1 = MacroF1(examples, predictions.Select(p => Index(p.Label)).ToList());
        Results.Add(new PeerResult(scorer, lang, examples.Count, timing.PerCpuSecond((long)rounds * examples.Count),
            timing.PerSecond((long)rounds * examples.Count), f1, "arg max of the three probabilities"));
    }

    private async Task RunPeersAsync(Dictionary<string, List<SentimentExample>> sets, CancellationToken ct)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "bench-peers", "peers.mjs");
        if (!File.Exists(script))
        {
            Skip($"the peer script is missing from '{script}' (rebuild the CLI)");
            return;
        }
        var modules = Path.Combine(workDirectory, "peers-node");
        Directory.CreateDirectory(modules);
        if (!Directory.Exists(Path.Combine(modules, "node_modules", "multilang-sentiment")))
        {
            log.WriteLine($"installing the npm peers into {modules} ...");
            var install = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--silent", "--prefix", modules, "vader-sentiment", "sentiment", "multilang-sentiment"], ct).ConfigureAwait(false);
            if (install is not null)
            {
                Skip(install);
                return;
            }
        }
        var input = Path.Combine(workDirectory, "peers-input.json");
        var output = Path.Combine(workDirectory, "peers-output.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(sets.ToDictionary(p => p.Key, p => p.Value.Select(e => e.Text).ToArray())), ct).ConfigureAwait(false);
        var run = await RunAsync("node", [script, modules, input, output], ct).ConfigureAwait(false);
        if (run is not null)
        {
            Skip(run);
            return;
        }
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, ct).ConfigureAwait(false));
        foreach (var peer in json.RootElement.EnumerateArray())
        {
            var lang = peer.GetProperty("lang").GetString()!;
            var predictions = peer.GetProperty("predictions").EnumerateArray().Select(p => p.GetInt32()).ToList();
            var docs = peer.GetProperty("docs").GetInt64();
            Results.Add(new PeerResult(peer.GetProperty("peer").GetString()!, lang, predictions.Count,
                docs / peer.GetProperty("cpu_seconds").GetDouble(), docs / peer.GetProperty("seconds").GetDouble(),
                MacroF1(sets[lang], predictions), peer.GetProperty("rule").GetString()!));
        }
    }

    private void Skip(string reason)
    {
        SkippedBecause = reason;
        log.WriteLine($"peers skipped: {reason}");
    }

    /// <summary>Runs a program; null when it succeeded, else why not.</summary>
    private static async Task<string?> RunAsync(string program, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            return process.ExitCode == 0 ? null : $"{program} exited with code {process.ExitCode}: {(await stderr.ConfigureAwait(false)).Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"{program} is not installed (Node.js and npm are needed for the peers)";
        }
    }

    private static int Index(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => 0,
        SentimentLabel.Neutral => 1,
        _ => 2,
    };

    private static double MacroF1(List<SentimentExample> gold, List<int> predicted) =>
        new ClassificationReport(Labels, gold.Select(e => Index(e.Label)).ToList(), predicted).MacroF1;
}
