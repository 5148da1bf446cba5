using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SocialListening.Analysis.Language;
using SocialListening.Analysis.Sentiment.Training;

namespace SocialListening.Cli.Commands.Bench;

/// <summary>
/// `sl bench sentiment`: scores the XLM-T validation tweets (both languages, cycled to --count) in batches, on one
/// thread and on every core, and times language detection on the same texts.
/// </summary>
public static class BenchSentimentCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets")
        {
            Description = "Folder of the shared data sets (texts of sentiment/xlmt/*/val_text.txt are scored)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets"),
        };
        var count = new Option<int>("--count") { Description = "How many texts to score", DefaultValueFactory = _ => 100_000 };
        var model = new Option<string?>("--model") { Description = "Sentiment model file (default: models/sentiment.zip beside the binary)" };
        var command = new Command("sentiment", "Measure sentiment scoring and language detection throughput") { datasets, count, model };
        command.SetAction((ParseResult r) =>
        {
            var sentiment = ModelFiles.LoadSentiment(r.GetValue(model));
            if (sentiment is null)
            {
                return 1;
            }
            List<(string Text, string Language)> samples;
            try
            {
                samples = XlmtCorpus.Folders.Keys
                    .SelectMany(l => XlmtCorpus.Load(r.GetValue(datasets)!, l, "val").Select(e => (e.Text, l)))
                    .ToList();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: {e.Message} (use --datasets)");
                return 2;
            }
            var n = Math.Max(1, r.GetValue(count));
            var texts = Enumerable.Range(0, n).Select(i => samples[i % samples.Count].Text).ToArray();
            var languages = Enumerable.Range(0, n).Select(i => (string?)samples[i % samples.Count].Language).ToArray();
            sentiment.PredictBatch(texts[..Math.Min(n, 2000)], languages[..Math.Min(n, 2000)]);

            var clock = Stopwatch.StartNew();
            sentiment.PredictBatch(texts, languages);
            var single = n / clock.Elapsed.TotalSeconds;

            var partitions = Environment.ProcessorCount;
            clock.Restart();
            sentiment.PredictBatch(texts, languages, partitions);
            var parallel = n / clock.Elapsed.TotalSeconds;

            var detector = LanguageDetector.Create();
            var detectCount = Math.Min(n, 20_000);
            detector.Detect(texts[0]);
            clock.Restart();
            for (var i = 0; i < detectCount; i++)
            {
                detector.Detect(texts[i]);
            }
            var detection = detectCount / clock.Elapsed.TotalSeconds;

            Console.WriteLine($"texts: {n} (XLM-T validation tweets, cycled), cores: {partitions}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentiment_docs_per_s_1_thread={single:F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentiment_docs_per_s={parallel:F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"language_docs_per_s_1_thread={detection:F0}"));
            return 0;
        });
        return command;
    }
}
