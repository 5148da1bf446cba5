using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Import;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl import FILE...`: JSON Lines or CSV into the index, with rejects and resume.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON Lines (.jsonl) or CSV (.csv, header row) files", Arity = ArgumentArity.OneOrMore };
        var format = new Option<ImportFormat?>("--format") { Description = "Force the format (JsonLines or Csv) instead of detecting it" };
        var batch = new Option<int>("--batch-size") { Description = "Mentions per commit", DefaultValueFactory = _ => new ImportOptions { RejectsDirectory = "" }.BatchSize };
        var command = new Command("import", "Import mentions from JSON Lines or CSV files (idempotent; resumes after an interruption)") { files, format, batch };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context => RunAsync(context, parse.GetValue(files)!, parse.GetValue(format), parse.GetValue(batch), parse.GetValue(CommonOptions.Json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(SlContext context, string[] files, ImportFormat? format, int batchSize, bool json, CancellationToken ct)
    {
        var missing = files.Where(f => !File.Exists(f)).ToArray();
        if (missing.Length == files.Length)
        {
            throw new CliException("Nothing to import: " + string.Join(", ", missing.Select(m => $"'{m}' does not exist")), 2);
        }
        if (batchSize < 1)
        {
            throw new CliException("--batch-size must be at least 1.", 2);
        }
        var importer = new FileImporter(context.Index, context.EnrichmentStages(),
            new MentionRecordParser(context.Pseudonymiser(), context.Time, MentionRecordParser.DefaultMaxTextLength),
            new ImportOptions { RejectsDirectory = context.Settings.RejectsDirectory, Format = format, BatchSize = batchSize }, context.IngestGate());

        var results = new List<ImportResult>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                CommandRunner.Error($"'{file}' does not exist; skipped.");
                continue;
            }
            var result = await ImportWithProgressAsync(importer, file, json, ct).ConfigureAwait(false);
            results.Add(result);
            if (!json)
            {
                Print(result);
            }
        }
        if (json)
        {
            CommandRunner.WriteJson(new
            {
                files = results.Select(r => new
                {
                    file = r.File,
                    accepted = r.Accepted,
                    duplicates = r.Duplicates,
                    rejected = r.Rejected,
                    withheld = r.Withheld,
                    rejects = r.RejectsPath,
                    resumed_from_line = r.ResumedFromLine,
                }),
                accepted = results.Sum(r => r.Accepted),
                duplicates = results.Sum(r => r.Duplicates),
                rejected = results.Sum(r => r.Rejected),
                withheld = results.Sum(r => r.Withheld),
            });
        }
        return results.Count > 0 && results.All(r => !r.NothingRead) && missing.Length == 0 ? 0 : 1;
    }

    private static async Task<ImportResult> ImportWithProgressAsync(FileImporter importer, string file, bool json, CancellationToken ct)
    {
        if (json || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await importer.ImportAsync(file, null, ct).ConfigureAwait(false);
        }
        ImportResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(CommandRunner.Safe(Path.GetFileName(file)), maxValue: Math.Max(1, new FileInfo(file).Length));
                var progress = new Progress<ImportProgress>(p => task.Value = p.BytesRead);
                result = await importer.ImportAsync(file, progress, ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result!;
    }

    private static void Print(ImportResult r)
    {
        Console.WriteLine($"{r.File}: accepted {r.Accepted}, duplicates {r.Duplicates}, rejected {r.Rejected}");
        if (r.Withheld > 0)
        {
            Console.WriteLine($"  withheld {r.Withheld}: published before the retention period, or by an erased author (see docs/privacy.md)");
        }
        if (r.ResumedFromLine > 0)
        {
            Console.WriteLine($"  resumed after line {r.ResumedFromLine} (an earlier import was interrupted)");
        }
        if (r.RejectsPath is not null)
        {
            Console.WriteLine($"  rejects (line and reason): {r.RejectsPath}");
        }
        if (r.NothingRead)
        {
            CommandRunner.Error($"no record of '{r.File}' could be read as a mention; see the rejects file.");
        }
    }
}
