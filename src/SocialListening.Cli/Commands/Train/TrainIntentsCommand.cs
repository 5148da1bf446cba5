using System.CommandLine;
using System.Diagnostics;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Cli.Commands.Train;

/// <summary>`sl train intents --data FILE.csv --out MODEL.zip [--oos-label LABEL]`: a text,category classifier.</summary>
public static class TrainIntentsCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Model file to write (zip)" };
        var oos = new Option<string?>("--oos-label") { Description = "Out-of-scope category: low-confidence predictions are rejected to it" };
        var algorithm = new Option<string>("--algorithm") { Description = "sdca, lbfgs or svm", DefaultValueFactory = _ => "lbfgs" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var command = new Command("intents", "Train an intent/topic classifier from a CSV with header text,category");
        command.Options.Add(output);
        command.Options.Add(oos);
        command.Options.Add(algorithm);
        command.Options.Add(seed);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var data = ModelCommand.Required(r.GetValue(CommonOptions.Data), "--data FILE.csv");
            var path = ModelCommand.Required(r.GetValue(output), "--out MODEL.zip");
            var rows = LabelledText.LoadCsv(data, "text", "category");
            var clock = Stopwatch.StartNew();
            var model = TextClassifierTrainer.Train(rows, new TextClassifierOptions(r.GetValue(algorithm)!, r.GetValue(oos), r.GetValue(seed)), Console.WriteLine);
            model.Save(path);
            Console.WriteLine($"trained on {rows.Count} rows, {model.Labels.Count} categories in {clock.Elapsed.TotalSeconds:0.0} s -> {path}");
            return 0;
        }));
        return command;
    }
}
