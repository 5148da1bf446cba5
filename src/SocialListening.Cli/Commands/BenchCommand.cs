using System.CommandLine;
using SocialListening.Analysis.Sentiment;
using SocialListening.Cli.Benchmarks;
using SocialListening.Cli.Commands.Bench;
using SocialListening.Cli.Hosting;

namespace SocialListening.Cli.Commands;

/// <summary>
/// `sl bench`: the whole-pipeline benchmark on a seeded synthetic corpus (ingest, each stage, queries, memory,
/// index size, sentiment beside the npm peers), written to a Markdown report and ended by `name=value` lines.
/// `sl bench MODEL` measures one model's scoring throughput alone.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Mentions in the synthetic corpus", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator", DefaultValueFactory = _ => 42 };
        var output = new Option<string?>("--out") { Description = "Working folder for the corpus, the index and the npm peers (default: a folder under the system temp folder; never the repository)" };
        var report = new Option<string?>("--report") { Description = "Markdown report whose generated section is rewritten ('-' for none; default docs/benchmarks.md, unless it holds a larger run, then the working folder)" };
        var datasets = new Option<string>("--datasets")
        {
            Description = "Folder of the shared data sets (sentiment/xlmt/*/val_* are scored by us and the peers)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets"),
        };
        var batch = new Option<int>("--batch-size") { Description = "Mentions per index commit during the import", DefaultValueFactory = _ => new Ingestion.Import.ImportOptions { RejectsDirectory = "" }.BatchSize };
        var noPeers = new Option<bool>("--no-peers") { Description = "Skip the comparison with the npm sentiment packages" };
        var keep = new Option<bool>("--keep") { Description = "Keep the corpus and the index in the working folder after the run" };
        var command = new Command("bench", "Benchmark the whole pipeline on a synthetic corpus (ingest, stages, queries, memory), or one model with a sub-command")
        {
            count, seed, output, report, datasets, batch, noPeers, keep,
        };
        command.Subcommands.Add(BenchSentimentCommand.Create());
        command.Subcommands.Add(BenchSoakCommand.Create());
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async _ =>
        {
            var n = parse.GetValue(count);
            if (n < 1_000)
            {
                throw new CliException("--count must be at least 1000.", 2);
            }
            var bundle = Path.Combine(AppContext.BaseDirectory, "demo");
            var samples = Path.Combine(bundle, "mentions.jsonl");
            if (!File.Exists(samples))
            {
                throw new CliException($"The demo corpus is missing from '{bundle}': rebuild the CLI so that samples/demo is copied beside it.");
            }
            var config = Path.GetFullPath(parse.GetValue(CommonOptions.Config) ?? Path.Combine(bundle, "brands.yaml"));
            var folder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(Path.GetTempPath(), "sl-bench"));
            var options = new BenchOptions(n, parse.GetValue(seed), folder, config, samples, parse.GetValue(datasets)!, parse.GetValue(batch));
            if (options.BatchSize < 1)
            {
                throw new CliException("--batch-size must be at least 1.", 2);
            }
            var log = Console.Error;
            var loadBefore = MachineFacts.LoadAverage();
            log.WriteLine($"load average: {loadBefore}; working folder: {folder}");

            var pipeline = new PipelineBenchmark(options, log);
            await pipeline.RunAsync(ct).ConfigureAwait(false);

            PeerBenchmark? peers = null;
            if (!parse.GetValue(noPeers))
            {
                log.WriteLine("scoring the XLM-T validation sets with our model and the npm peers ...");
                peers = new PeerBenchmark(SlContext.Model("sentiment", SentimentModel.Load), options.DatasetsDirectory, folder, log);
                await peers.RunAsync(ct).ConfigureAwait(false);
                foreach (var r in peers.Results)
                {
                    log.WriteLine($"  {r.Scorer} [{r.Lang}]: {r.DocsPerCpuSecond:N0} docs per CPU-second, macro-F1 {r.MacroF1:F4}");
                    if (r.Scorer.Contains("emptied", StringComparison.Ordinal))
                    {
                        pipeline.Headline[$"sentiment_one_core_cold_per_s_{r.Lang}"] = r.DocsPerCpuSecond;
                    }
                    else if (r.Scorer.Contains("ours", StringComparison.Ordinal))
                    {
                        pipeline.Headline[$"sentiment_macro_f1_{r.Lang}"] = r.MacroF1;
                        pipeline.Headline[$"sentiment_one_core_per_s_{r.Lang}"] = r.DocsPerCpuSecond;
                    }
                    else
                    {
                        var key = new string(r.Scorer.TakeWhile(c => c != ' ').Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
                        pipeline.Headline[$"peer_{key}_macro_f1_{r.Lang}"] = r.MacroF1;
                        pipeline.Headline[$"peer_{key}_one_core_per_s_{r.Lang}"] = r.DocsPerCpuSecond;
                    }
                }
            }

            var commandLine = "sl " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            var reportPath = parse.GetValue(report);
            if (reportPath is null)
            {
                reportPath = Path.Combine("docs", "benchmarks.md");
                // A shorter run (a check, the acceptance script) must not replace the figures of a full run.
                if (BenchReport.RecordedCount(reportPath) > n)
                {
                    log.WriteLine($"{reportPath} holds a run of {BenchReport.RecordedCount(reportPath):N0} mentions; this shorter run's report goes to the working folder (use --report to choose).");
                    reportPath = Path.Combine(folder, "benchmarks.md");
                }
            }
            if (reportPath != "-")
            {
                BenchReport.Write(reportPath, BenchReport.Render(commandLine, n, loadBefore, pipeline, peers));
                log.WriteLine($"report: {Path.GetFullPath(reportPath)}");
            }
            if (!parse.GetValue(keep))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "corpus-*.jsonl"))
                {
                    File.Delete(file);
                }
                var data = Path.Combine(folder, "data");
                if (Directory.Exists(data))
                {
                    Directory.Delete(data, recursive: true);
                }
            }
            foreach (var line in BenchReport.HeadlineLines(pipeline.Headline))
            {
                Console.WriteLine(line);
            }
            return 0;
        }));
        return command;
    }
}
