using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.TextClassification;
using SocialListening.Cli.Commands.Train;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>`sl eval stage --data FILE.csv [--model PATH]`: the journey-stage model on a CSV with text and stage columns.</summary>
public static class EvalStageCommand
{
    public static Command Create()
    {
        var modelOption = new Option<string?>("--model") { Description = "Model file (default: the shipped models/stage.zip)" };
        var command = new Command("stage", "Evaluate the customer-journey stage model on a CSV with text and stage columns");
        command.Options.Add(modelOption);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var data = ModelCommand.Required(r.GetValue(CommonOptions.Data), "--data FILE.csv");
            var model = TextClassifier.Load(r.GetValue(modelOption) ?? ModelCommand.ShippedModel("stage"));
            var rows = LabelledText.LoadCsv(data, "text", "stage");
            var predicted = model.Predict([.. rows.Select(x => x.Text)]).Select(p => p.Label).ToArray();
            var report = ClassificationReport.Compute([.. rows.Select(x => x.Label)], predicted);
            Console.Write(report.FormatTable());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows={rows.Count}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro_f1={report.MacroF1:0.0000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy={report.Accuracy:0.0000}"));
            return 0;
        }));
        return command;
    }
}
