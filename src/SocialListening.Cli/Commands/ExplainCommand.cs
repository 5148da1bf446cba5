using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SocialListening.Analysis.Language;
using SocialListening.Core.Mentions;

namespace SocialListening.Cli.Commands;

/// <summary>`sl explain "TEXT"`: the sentiment of a text, its three probabilities and the terms that weighed most.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to score" };
        var lang = new Option<string?>("--lang") { Description = "Language of the text (fr, en); detected when absent" };
        var model = new Option<string?>("--model") { Description = "Sentiment model file (default: models/sentiment.zip beside the binary)" };
        var top = new Option<int>("--top") { Description = "How many terms to show", DefaultValueFactory = _ => 10 };
        var command = new Command("explain", "Explain the sentiment of a text: label, probabilities and the terms that pushed it") { text, lang, model, top };
        command.SetAction((ParseResult r) =>
        {
            var sentiment = ModelFiles.LoadSentiment(r.GetValue(model));
            if (sentiment is null)
            {
                return 1;
            }
            var input = r.GetValue(text) ?? "";
            var language = r.GetValue(lang) ?? LanguageDetector.Create().Detect(input);
            var explanation = sentiment.Explain(input, language, Math.Max(1, r.GetValue(top)));
            var p = explanation.Prediction;
            if (r.GetValue(CommonOptions.Json))
            {
                var json = new
                {
                    label = p.Label.Name(),
                    language,
                    classifier = p.Language,
                    probabilities = new { negative = Math.Round(p.Negative, 4), neutral = Math.Round(p.Neutral, 4), positive = Math.Round(p.Positive, 4) },
                    score = Math.Round(p.Score, 4),
                    terms = explanation.Terms.Select(t => new { term = t.Term, kind = t.Kind, weight = t.Weight }),
                };
                Console.WriteLine(JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }
            Console.WriteLine($"label: {p.Label.Name()}  (language: {language}, classifier: {p.Language})");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"probabilities: negative={p.Negative:F4} neutral={p.Neutral:F4} positive={p.Positive:F4}  score={p.Score:F4}"));
            Console.WriteLine($"terms (weight towards '{p.Label.Name()}'):");
            foreach (var term in explanation.Terms)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {term.Weight,8:+0.0000;-0.0000}  {term.Kind,-8} {term.Term}"));
            }
            return 0;
        });
        return command;
    }
}
