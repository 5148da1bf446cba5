using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SocialListening.Analysis.Language;
using SocialListening.Analysis.Sentiment.Training;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>
/// `sl eval language`: language detection on the XLM-T tweets, whose folder gives the language. Prints, per
/// language, how many were right, wrong and undetermined ("und"), then the overall accuracy.
/// </summary>
public static class EvalLanguageCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets")
        {
            Description = "Folder of the shared data sets (sentiment/xlmt/{french,english})",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets"),
        };
        var split = new Option<string>("--split") { Description = "XLM-T split to read: val or train", DefaultValueFactory = _ => "val" };
        split.AcceptOnlyFromAmong("val", "train");
        var confidence = new Option<double>("--min-confidence") { Description = "Lowest confidence accepted", DefaultValueFactory = _ => 0.6 };
        var command = new Command("language", "Evaluate language detection (fr/en) on the XLM-T tweets") { datasets, split, confidence };
        command.SetAction((ParseResult r) =>
        {
            var detector = LanguageDetector.Create(minimumConfidence: r.GetValue(confidence));
            // The first call loads the language models; keep it out of the timing.
            detector.Detect("warm up the models / chargement des modèles");
            int total = 0, correct = 0, undetermined = 0;
            var clock = new Stopwatch();
            foreach (var language in XlmtCorpus.Folders.Keys)
            {
                List<SentimentExample> examples;
                try
                {
                    examples = XlmtCorpus.Load(r.GetValue(datasets)!, language, r.GetValue(split)!);
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine($"error: {e.Message} (use --datasets)");
                    return 2;
                }
                int right = 0, und = 0;
                var wrong = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var example in examples)
                {
                    clock.Start();
                    var detected = detector.Detect(example.Text);
                    clock.Stop();
                    if (detected == language)
                    {
                        right++;
                    }
                    else if (detected == LanguageDetector.Undetermined)
                    {
                        und++;
                    }
                    else
                    {
                        wrong[detected] = wrong.GetValueOrDefault(detected) + 1;
                    }
                }
                Console.WriteLine($"{language}: {examples.Count} tweets, right {right}, und {und}, wrong {string.Join(", ", wrong.Select(w => $"{w.Key} {w.Value}"))}");
                total += examples.Count;
                correct += right;
                undetermined += und;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs_per_s={total / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"und_rate={(double)undetermined / total:F4}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy_when_decided={(double)correct / Math.Max(1, total - undetermined):F4}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy={(double)correct / total:F4}"));
            return 0;
        });
        return command;
    }
}
