using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SocialListening.Analysis.Evaluation;
using SocialListening.Analysis.Language;
using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Sentiment.Training;
using SocialListening.Core.Mentions;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>`sl eval sentiment --data FILE`: scores the sentiment model on a labelled TSV file (text, label).</summary>
public static class EvalSentimentCommand
{
    public static Command Create()
    {
        var lang = new Option<string?>("--lang") { Description = "Language of every row (fr, en); detected per row when absent" };
        var model = new Option<string?>("--model") { Description = "Sentiment model file (default: models/sentiment.zip beside the binary)" };
        var command = new Command("sentiment", "Evaluate sentiment on a TSV file with a 'text<TAB>label' header (labels negative|neutral|positive); --data FILE")
        {
            lang, model,
        };
        command.SetAction((ParseResult r) =>
        {
            var file = r.GetValue(CommonOptions.Data);
            if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
            {
                Console.Error.WriteLine($"error: --data must name a labelled TSV file{(string.IsNullOrWhiteSpace(file) ? "" : $" ('{file}' not found)")}");
                return 2;
            }
            var sentiment = ModelFiles.LoadSentiment(r.GetValue(model));
            if (sentiment is null)
            {
                return 1;
            }
            List<LabelledText> rows;
            try
            {
                using var reader = new StreamReader(file);
                rows = LabelledTextFile.Read(reader, message => Console.Error.WriteLine($"warning: {message}"));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {file}: {e.Message}");
                return 2;
            }
            var texts = new List<string>();
            var gold = new List<int>();
            foreach (var row in rows)
            {
                if (!EnumNames.TryParseSentiment(row.Label, out var label))
                {
                    Console.Error.WriteLine($"warning: line {row.Line}: unknown label '{row.Label}' (expected negative, neutral or positive); row skipped");
                    continue;
                }
                texts.Add(row.Text);
                gold.Add((int)label);
            }
            if (texts.Count == 0)
            {
                Console.Error.WriteLine("error: no usable rows");
                return 2;
            }
            var languages = Languages(texts, r.GetValue(lang));
            var clock = Stopwatch.StartNew();
            var predictions = sentiment.PredictBatch(texts, languages);
            clock.Stop();
            var report = new ClassificationReport(SentimentTraining.LabelNames, gold, predictions.Select(p => (int)p.Label).ToList());
            var used = predictions.GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
            Console.WriteLine($"rows: {texts.Count}  classifiers used: {string.Join(", ", used)}");
            ReportWriter.Write(Console.Out, report);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs_per_s={texts.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro_f1={report.MacroF1:F4}"));
            return 0;
        });
        return command;
    }

    private static string?[] Languages(List<string> texts, string? language)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            return texts.Select(_ => (string?)language).ToArray();
        }
        var detector = LanguageDetector.Create();
        return texts.Select(t => (string?)detector.Detect(t)).ToArray();
    }
}
