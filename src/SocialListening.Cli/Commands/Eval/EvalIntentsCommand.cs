using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.TextClassification;
using SocialListening.Cli.Commands.Train;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>
/// `sl eval intents --model MODEL.zip --data FILE.csv [--oos-label LABEL]`: per-class scores, macro-F1 and, last,
/// accuracy. With an out-of-scope label the last line is the in-scope accuracy (as in the CLINC150 paper) and the
/// line before it the out-of-scope recall.
/// </summary>
public static class EvalIntentsCommand
{
    public static Command Create()
    {
        var modelOption = new Option<string?>("--model") { Description = "Model file written by `sl train intents`" };
        var oos = new Option<string?>("--oos-label") { Description = "Out-of-scope category (default: the model's)" };
        var command = new Command("intents", "Evaluate an intent/topic classifier on a CSV with header text,category");
        command.Options.Add(modelOption);
        var threshold = new Option<double?>("--threshold") { Description = "Override the model's out-of-scope threshold" };
        command.Options.Add(oos);
        command.Options.Add(threshold);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var data = ModelCommand.Required(r.GetValue(CommonOptions.Data), "--data FILE.csv");
            var model = TextClassifier.Load(ModelCommand.Required(r.GetValue(modelOption), "--model MODEL.zip"));
            if (r.GetValue(threshold) is { } t)
            {
                model = model.WithThreshold(t);
            }
            var rows = LabelledText.LoadCsv(data, "text", "category");
            var predicted = model.Predict([.. rows.Select(x => x.Text)]).Select(p => p.Label).ToArray();
            var gold = rows.Select(x => x.Label).ToArray();
            var report = ClassificationReport.Compute(gold, predicted);
            Console.Write(report.FormatTable());
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"rows={rows.Count}"));
            Console.WriteLine(string.Create(inv, $"macro_f1={report.MacroF1:0.0000}"));
            var oosLabel = r.GetValue(oos) ?? model.Settings.OosLabel;
            if (oosLabel is null)
            {
                Console.WriteLine(string.Create(inv, $"accuracy={report.Accuracy:0.0000}"));
                return 0;
            }
            var inScope = Enumerable.Range(0, gold.Length).Where(i => gold[i] != oosLabel).ToArray();
            var outOfScope = Enumerable.Range(0, gold.Length).Where(i => gold[i] == oosLabel).ToArray();
            var inScopeAccuracy = inScope.Length == 0 ? 0 : inScope.Count(i => predicted[i] == gold[i]) / (double)inScope.Length;
            var oosRecall = outOfScope.Length == 0 ? 0 : outOfScope.Count(i => predicted[i] == oosLabel) / (double)outOfScope.Length;
            Console.WriteLine(string.Create(inv, $"overall_accuracy={report.Accuracy:0.0000}"));
            Console.WriteLine(string.Create(inv, $"oos_recall={oosRecall:0.0000}"));
            Console.WriteLine(string.Create(inv, $"accuracy={inScopeAccuracy:0.0000}"));
            return 0;
        }));
        return command;
    }
}
