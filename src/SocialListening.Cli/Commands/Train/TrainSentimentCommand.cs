using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Evaluation;
using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Sentiment.Training;

namespace SocialListening.Cli.Commands.Train;

/// <summary>`sl train sentiment`: trains models/sentiment.zip on the XLM-T train splits and prints validation figures.</summary>
public static class TrainSentimentCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets")
        {
            Description = "Folder of the shared data sets (sentiment/xlmt/...)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets"),
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write sentiment.zip to",
            DefaultValueFactory = _ => "models",
        };
        var ablation = new Option<string?>("--ablation")
        {
            Description = "Instead of training, compare on validation: 'trainers' (with the chosen features), 'features' (with the chosen trainer) or 'all'",
        };
        ablation.AcceptOnlyFromAmong("trainers", "features", "all");
        var command = new Command("sentiment", "Train the French/English sentiment model (XLM-T tweets, fixed seed)") { datasets, output, ablation };
        command.SetAction((ParseResult r) =>
        {
            var datasetsDirectory = r.GetValue(datasets)!;
            if (!Directory.Exists(Path.Combine(datasetsDirectory, "sentiment", "xlmt")))
            {
                Console.Error.WriteLine($"error: no sentiment/xlmt folder under '{Path.GetFullPath(datasetsDirectory)}' (use --datasets)");
                return 2;
            }
            var data = XlmtCorpus.Folders.Keys.ToDictionary(l => l, l => SentimentSplits.LoadXlmt(datasetsDirectory, l, SentimentRecipe.Seed), StringComparer.Ordinal);
            if (r.GetValue(ablation) is { } which)
            {
                RunAblation(data, which);
                return 0;
            }
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = new SentimentModelTrainer(SentimentRecipe.Features, SentimentRecipe.Trainer, SentimentRecipe.Seed)
                .Train(data, "XLM-T (cardiffnlp/xlm-t) tweet sentiment, french and english train splits, 1,839 tweets each");
            var path = Path.Combine(r.GetValue(output)!, "sentiment.zip");
            result.Model.Save(path);
            Console.WriteLine($"trainer: {SentimentRecipe.Trainer}  seed: {SentimentRecipe.Seed}  time: {started.Elapsed.TotalSeconds:F1}s");
            foreach (var (language, report) in result.Validation)
            {
                Console.WriteLine($"[{language}] validation ({report.Count} tweets), classifier '{language}':");
                ReportWriter.Write(Console.Out, report);
                Console.WriteLine($"[{language}] validation macro-F1 of the joint classifier '*': {Format(result.JointValidation[language].MacroF1)}");
            }
            Console.WriteLine($"model: {Path.GetFullPath(path)} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
            foreach (var (language, report) in result.Validation)
            {
                Console.WriteLine($"val_macro_f1_{language}={Format(report.MacroF1)}");
            }
            return 0;
        });
        return command;
    }

    private static void RunAblation(Dictionary<string, SentimentSplits> data, string which)
    {
        var languages = data.Keys.ToList();
        Console.WriteLine("| features | trainer | " + string.Join(" | ", languages.Select(l => $"{l} (own)")) + " | " + string.Join(" | ", languages.Select(l => $"{l} (joint)")) + " |");
        Console.WriteLine("|---|---|" + string.Concat(Enumerable.Repeat("---|", languages.Count * 2)));
        var ablation = new SentimentAblation(data, SentimentRecipe.Seed);
        var rows = which switch
        {
            "trainers" => ablation.RunTrainers(SentimentRecipe.Features),
            "features" => ablation.RunFeatures(SentimentRecipe.Trainer),
            _ => ablation.RunTrainers(SentimentRecipe.Features).Concat(ablation.RunFeatures(SentimentRecipe.Trainer)),
        };
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Variant} | {row.Trainer} | " + string.Join(" | ", languages.Select(l => Format(row.PerLanguage[l])))
                + " | " + string.Join(" | ", languages.Select(l => Format(row.Joint[l]))) + " |");
        }
    }

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
