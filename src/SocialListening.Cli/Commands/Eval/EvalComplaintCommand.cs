using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Complaints;
using SocialListening.Cli.Commands.Train;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>`sl eval complaint --data FILE.csv [--model PATH]`: per-class scores, last line macro_f1=.</summary>
public static class EvalComplaintCommand
{
    public static Command Create()
    {
        var modelOption = new Option<string?>("--model") { Description = "Model file (default: the shipped models/complaint.zip)" };
        var command = new Command("complaint", "Evaluate the complaint detector on a CSV with text and label (1 = complaint) columns");
        command.Options.Add(modelOption);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var data = ModelCommand.Required(r.GetValue(CommonOptions.Data), "--data FILE.csv");
            var model = ComplaintModel.Load(r.GetValue(modelOption) ?? ModelCommand.ShippedModel("complaint"));
            var rows = ComplaintData.LoadCsv(data);
            var report = ComplaintEvaluation.Evaluate(model, rows);
            Console.Write(report.FormatTable());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows={rows.Count}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy={report.Accuracy:0.0000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro_f1={report.MacroF1:0.0000}"));
            return 0;
        }));
        return command;
    }
}
