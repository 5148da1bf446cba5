using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;
using SocialListening.Ingestion;
using SocialListening.Ingestion.Import;

namespace SocialListening.Cli.Benchmarks;

public sealed record BenchOptions(int Count, int Seed, string OutDirectory, string ConfigPath, string CorpusSamples, string DatasetsDirectory, int BatchSize);

/// <summary>One measured row of the report.</summary>
public sealed record Figure(string Section, string Name, string Value, string Note);

/// <summary>
/// The end-to-end benchmark: generate the corpus, import it through the real pipeline (the stages the CLI runs at
/// ingest), time each stage alone on a sample, then time queries on the full index.
/// </summary>
public sealed class PipelineBenchmark(BenchOptions options, TextWriter log)
{
    private const int StageSample = 50_000;
    private const int StagePasses = 3;

    public List<Figure> Figures { get; } = [];
    public Dictionary<string, double> Headline { get; } = new(StringComparer.Ordinal);
    public List<Latency> Latencies { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(options.OutDirectory);
        var corpusPath = Path.Combine(options.OutDirectory, $"corpus-{options.Count}-{options.Seed}.jsonl");
        var dataDirectory = Path.Combine(options.OutDirectory, "data");
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        log.WriteLine($"generating {options.Count:N0} mentions (seed {options.Seed}) into {corpusPath} ...");
        var generator = SyntheticCorpus.FromSamples(options.CorpusSamples);
        List<Mention> sample = [];
        var generation = Timing.Of(() => sample = generator.Write(corpusPath, options.Count, options.Seed, StageSample));
        var corpusBytes = new FileInfo(corpusPath).Length;
        Add("corpus", "mentions", options.Count.ToString("N0", CultureInfo.InvariantCulture), $"seed {options.Seed}, {corpusBytes / 1048576.0:F0} MiB of JSON Lines, generated in {generation.Wall.TotalSeconds:F1} s");
        Add("corpus", "mean text length", $"{sample.Average(m => m.Text.Length):F0} chars", "25 % reviews (3-7 sentences, title, rating), 75 % posts (1-2 sentences); 60 % French; half without a language");

        var settings = new SlSettings(options.ConfigPath, dataDirectory);
        using var context = new SlContext(settings);
        var stages = context.EnrichmentStages();

        var analysed = MeasureStages(stages, sample);
        await MeasureIndexOnlyAsync(generator, context, ct).ConfigureAwait(false);
        await MeasureIndexWritesAsync(analysed, ct).ConfigureAwait(false);

        log.WriteLine($"importing through {string.Join(" -> ", stages.Select(s => s.GetType().Name))} -> Lucene ...");
        var importer = new FileImporter(context.Index, stages,
            new MentionRecordParser(context.Pseudonymiser(), context.Time, MentionRecordParser.DefaultMaxTextLength),
            new ImportOptions { RejectsDirectory = settings.RejectsDirectory, BatchSize = options.BatchSize });
        ImportResult? result = null;
        var ingest = await Timing.OfAsync(async () => result = await importer.ImportAsync(corpusPath, null, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var ingested = result!.Accepted + result.Duplicates;
        var rssAfterIngest = MachineFacts.PeakRssMiB();
        Headline["ingest_per_s"] = ingest.PerSecond(ingested);
        Headline["ingest_per_cpu_s"] = ingest.PerCpuSecond(ingested);
        Headline["ingest_cores_busy"] = ingest.CoresBusy;
        Add("ingest", "end-to-end ingest", $"{ingest.PerSecond(ingested):N0} mentions/s",
            $"{ingested:N0} mentions ({result.Rejected} rejected) in {ingest.Wall.TotalSeconds:F1} s wall, {ingest.Cpu.TotalSeconds:F1} s CPU = {ingest.PerCpuSecond(ingested):N0} mentions per CPU-second, {ingest.CoresBusy:F2} of {Environment.ProcessorCount} cores busy; batch {options.BatchSize}, load {MachineFacts.LoadAverage()} after");
        var indexBytes = MachineFacts.FolderBytes(settings.IndexDirectory);
        Add("ingest", "index size on disk", $"{indexBytes / 1048576.0:F0} MiB", $"{(double)indexBytes / Math.Max(1, ingested):F0} bytes per mention");
        Add("ingest", "peak RSS during ingest", $"{rssAfterIngest:F0} MiB", "VmHWM of the process (corpus generation, stage sample and import)");
        Headline["index_mb"] = indexBytes / 1048576.0;

        await MeasureQueriesAsync(context, ct).ConfigureAwait(false);
        Headline["peak_rss_mb"] = MachineFacts.PeakRssMiB();
        Add("memory", "peak RSS (whole run)", $"{Headline["peak_rss_mb"]:F0} MiB", "VmHWM at the end of the run");
    }

    /// <returns>The sample through every stage, as the index receives it.</returns>
    private Mention[] MeasureStages(IReadOnlyList<IEnrichmentStage> stages, List<Mention> sample)
    {
        // Each stage alone, on what the stages before it produced (sentiment reads the language the first stage found).
        var batch = sample.ToArray();
        log.WriteLine($"timing each enrichment stage alone on {batch.Length:N0} mentions (median of {StagePasses} passes) ...");
        // Warm-up: two passes over the first 10,000 and a pause, so that the runtime has compiled the stages at its
        // last tier (on-stack replacement, then the optimised code it compiles in the background) before the timing;
        // with 2,000 mentions and no pause, the first stages timed carried tens of µs of compilation a mention.
        WarmUp(() => EnrichmentRunner.Run(stages, batch.Take(10_000).ToArray()));
        foreach (var stage in stages)
        {
            // A pass is a fraction of a second, so one collection or a neighbour's burst on the shared machine can
            // double it: each stage runs StagePasses times on fresh copies of its input and the median pass counts.
            // Ordered stages keep what they have seen (the near-duplicate stage its stories), so a second pass would
            // time another workload (every mention a copy of the first pass's) and hand it on: they run once.
            Mention[] input = [];
            var timing = Timing.Median(stage is IOrderedEnrichmentStage ? 1 : StagePasses, () =>
            {
                input = batch.ToArray();
                return Timing.Of(() => EnrichmentRunner.Run([stage], input));
            });
            batch = input;
            var name = stage.GetType().Name;
            var key = StageKey(name);
            Headline[key + "_per_s"] = timing.PerSecond(batch.Length);
            Headline[key + "_per_cpu_s"] = timing.PerCpuSecond(batch.Length);
            Add("stages", name, $"{timing.PerSecond(batch.Length):N0} mentions/s",
                $"{timing.PerCpuSecond(batch.Length):N0} per CPU-second ({timing.Cpu.TotalMilliseconds * 1000 / batch.Length:F1} µs CPU each)");
        }
        var all = sample.ToArray();
        var together = Timing.Of(() => EnrichmentRunner.Run(stages, all));
        Headline["enrich_per_s"] = together.PerSecond(all.Length);
        Add("stages", "all stages together", $"{together.PerSecond(all.Length):N0} mentions/s", $"{together.PerCpuSecond(all.Length):N0} per CPU-second");
        return all;
    }

    /// <summary>
    /// The index writes alone: the analysed sample written to a fresh index in commits of the import's size, with no
    /// file to read and no stage running beside them. The allocation a mention (of the whole process, merges
    /// included) does not move from run to run as the times of a shared machine do, so it is the figure to compare a
    /// change of the index's fields by.
    /// </summary>
    private async Task MeasureIndexWritesAsync(Mention[] analysed, CancellationToken ct)
    {
        var data = Path.Combine(options.OutDirectory, "data-index-writes");
        log.WriteLine($"writing the {analysed.Length:N0} analysed mentions to a fresh index (index writes alone) ...");
        WarmUp(() => WriteAnalysedAsync(analysed[..Math.Min(analysed.Length, 10_000)], data, ct).GetAwaiter().GetResult());
        var (timing, allocated) = await WriteAnalysedAsync(analysed, data, ct).ConfigureAwait(false);
        var n = Math.Max(1, analysed.Length);
        Headline["index_write_per_s"] = timing.PerSecond(n);
        Headline["index_write_per_cpu_s"] = timing.PerCpuSecond(n);
        Headline["index_write_bytes_allocated"] = (double)allocated / n;
        Add("stages", "index writes alone (analysed mentions)", $"{timing.PerSecond(n):N0} mentions/s",
            $"{timing.PerCpuSecond(n):N0} per CPU-second ({timing.Cpu.TotalMilliseconds * 1000 / n:F1} µs CPU each), {allocated / n:N0} bytes allocated a mention");
    }

    private Task<(Timing Timing, long Allocated)> WriteAnalysedAsync(Mention[] mentions, string data, CancellationToken ct) =>
        InFreshIndexAsync(data, async target =>
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var timing = await Timing.OfAsync(async () =>
            {
                for (var start = 0; start < mentions.Length; start += options.BatchSize)
                {
                    await target.Index.WriteAsync(mentions[start..Math.Min(mentions.Length, start + options.BatchSize)], null, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            return (timing, GC.GetTotalAllocatedBytes(precise: true) - before);
        });

    // WORK on a context whose data folder DATA starts empty (only WORK is timed, not the opening of the index); then
    // DATA goes.
    private async Task<T> InFreshIndexAsync<T>(string data, Func<SlContext, Task<T>> work)
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
        T result;
        using (var fresh = new SlContext(new SlSettings(options.ConfigPath, data)))
        {
            result = await work(fresh).ConfigureAwait(false);
        }
        Directory.Delete(data, recursive: true);
        return result;
    }

    private static void WarmUp(Action pass)
    {
        pass();
        pass();
        Thread.Sleep(TimeSpan.FromSeconds(1));
    }

    /// <summary>The import with no analysis stage on the sample: reading, parsing, documents and commits alone.</summary>
    private async Task MeasureIndexOnlyAsync(SyntheticCorpus generator, SlContext context, CancellationToken ct)
    {
        var count = Math.Min(options.Count, StageSample);
        var path = Path.Combine(options.OutDirectory, $"corpus-sample-{count}-{options.Seed}.jsonl");
        generator.Write(path, count, options.Seed, 0);
        var data = Path.Combine(options.OutDirectory, "data-index-only");
        log.WriteLine($"importing {count:N0} mentions with no analysis stage (parse and index only) ...");
        // The same warm-up as the stages: the first 10,000 mentions into a throwaway index, twice, then a pause.
        var warmUpPath = Path.Combine(options.OutDirectory, $"corpus-warm-up-{options.Seed}.jsonl");
        generator.Write(warmUpPath, Math.Min(count, 10_000), options.Seed, 0);
        WarmUp(() => ImportWithoutStagesAsync(context, warmUpPath, data, ct).GetAwaiter().GetResult());
        File.Delete(warmUpPath);
        var (result, timing) = await ImportWithoutStagesAsync(context, path, data, ct).ConfigureAwait(false);
        File.Delete(path);
        var n = result.Accepted + result.Duplicates;
        Headline["index_only_per_s"] = timing.PerSecond(n);
        Headline["index_only_per_cpu_s"] = timing.PerCpuSecond(n);
        Add("stages", "parse + index only (no stage)", $"{timing.PerSecond(n):N0} mentions/s",
            $"{n:N0} mentions imported into a fresh index with no analysis: {timing.PerCpuSecond(n):N0} per CPU-second ({timing.Cpu.TotalMilliseconds * 1000 / n:F1} µs CPU each)");
    }

    // The import alone, with no stage, into a fresh index in DATA.
    private Task<(ImportResult Result, Timing Timing)> ImportWithoutStagesAsync(SlContext context, string path, string data, CancellationToken ct) =>
        InFreshIndexAsync(data, async bare =>
        {
            var importer = new FileImporter(bare.Index, [],
                new MentionRecordParser(context.Pseudonymiser(), context.Time, MentionRecordParser.DefaultMaxTextLength),
                new ImportOptions { RejectsDirectory = bare.Settings.RejectsDirectory, BatchSize = options.BatchSize });
            ImportResult? result = null;
            var timing = await Timing.OfAsync(async () => result = await importer.ImportAsync(path, null, ct).ConfigureAwait(false)).ConfigureAwait(false);
            return (result!, timing);
        });

    // SentimentStage -> sentiment, BrandThemeMatcher -> brand_theme_matcher.
    public static string StageKey(string typeName)
    {
        var name = typeName.EndsWith("Stage", StringComparison.Ordinal) && typeName.Length > 5 ? typeName[..^5] : typeName;
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private async Task MeasureQueriesAsync(SlContext context, CancellationToken ct)
    {
        log.WriteLine("timing queries on the full index ...");
        var index = context.Index;
        var end = SyntheticCorpus.Start.AddDays(SyntheticCorpus.Days);
        var month = new MentionFilter { From = end.AddDays(-30), To = end };
        string[] terms = ["fibre", "réseau", "facture", "network", "price", "service", "5G", "remboursement"];

        Latencies.Add(await Latency.MeasureAsync("search", "term search (one word, newest first, 20 hits)", 10, 200,
            i => index.SearchAsync(new SearchRequest(new MentionFilter { Query = terms[i % terms.Length] }), ct)).ConfigureAwait(false));

        var boolean = (month with { Query = "(fibre OR réseau OR network) AND NOT panne" }).WithTerm(MentionFields.Lang, "fr", "en").WithTerm(MentionFields.Source, "reviews", "mastodon");
        Latencies.Add(await Latency.MeasureAsync("boolean", "boolean query + lang and source filters + 30-day window", 10, 200,
            _ => index.SearchAsync(new SearchRequest(boolean), ct)).ConfigureAwait(false));

        var insights = new BrandInsights(index, context.Catalog);
        var set = Commands.SovCommand.ResolveSet(context.Catalog, null);
        Latencies.Add(await Latency.MeasureAsync("sov", "share of voice by theme over 30 days (BrandInsights)", 3, 50,
            _ => insights.ShareOfVoiceAsync(set, SovDimension.Theme, month, ct)).ConfigureAwait(false));

        Latencies.Add(await Latency.MeasureAsync("histogram", "date histogram per day over all mentions", 3, 50,
            _ => index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.PublishedAt) { Interval = DateInterval.Day }, ct)).ConfigureAwait(false));

        // Deep pagination: follow the cursor from page 1, timing pages 50 to 60 (20 hits each).
        var deep = new List<double>();
        for (var walk = 0; walk < 5; walk++)
        {
            string? cursor = null;
            for (var page = 1; page <= 60; page++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "*:*" }) { Cursor = cursor }, ct).ConfigureAwait(false);
                if (page >= 50 && walk > 0)
                {
                    deep.Add(clock.Elapsed.TotalMilliseconds);
                }
                cursor = result.NextCursor;
            }
        }
        Latencies.Add(Latency.FromSamples("deep_page", "deep pagination: pages 50-60 by cursor (all mentions, newest first)", deep));

        foreach (var latency in Latencies)
        {
            Headline[latency.Name + "_p50_ms"] = latency.P50;
            Headline[latency.Name + "_p95_ms"] = latency.P95;
            Headline[latency.Name + "_p99_ms"] = latency.P99;
        }
    }

    private void Add(string section, string name, string value, string note)
    {
        Figures.Add(new Figure(section, name, value, note));
        log.WriteLine($"  {name}: {value} ({note})");
    }
}
