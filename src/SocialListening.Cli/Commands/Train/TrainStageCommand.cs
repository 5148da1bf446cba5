using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Stages;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Cli.Commands.Train;

/// <summary>
/// `sl train stage [--datasets DIR] [--out FILE]`: the customer-journey stage model from the shared intent sets
/// (mapped onto stages), complaint tweets and the project's French set; reports English held-out and French
/// in-house accuracy. Fixed seed.
/// </summary>
public static class TrainStageCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets") { Description = "Folder of the shared data sets", DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets") };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine("models", "stage.zip") };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var command = new Command("stage", "Train the customer-journey stage classifier (English + French)");
        command.Options.Add(datasets);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var (train, validation) = StageData.English(r.GetValue(datasets)!, r.GetValue(seed));
            var french = StageData.FrenchTrain();
            var frenchEval = StageData.FrenchEvaluation();
            var rows = train.Concat(french).ToList();
            Console.WriteLine($"training rows: {train.Count} English + {french.Count} French; validation: {validation.Count} English (held out), {frenchEval.Count} French (in-house)");
            var model = TextClassifierTrainer.Train(rows, new TextClassifierOptions("lbfgs", Seed: r.GetValue(seed)));
            foreach (var (name, set) in new[] { ("english held-out", validation), ("french in-house", frenchEval.ToList()) })
            {
                var predicted = model.Predict([.. set.Select(x => x.Text)]).Select(p => p.Label).ToArray();
                var report = ClassificationReport.Compute([.. set.Select(x => x.Label)], predicted);
                Console.WriteLine($"{name}:");
                Console.Write(report.FormatTable());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name.Replace(' ', '_').Replace('-', '_')}_accuracy={report.Accuracy:0.0000} macro_f1={report.MacroF1:0.0000}"));
            }
            var path = r.GetValue(output)!;
            model.Save(path);
            Console.WriteLine($"-> {path}");
            return 0;
        }));
        return command;
    }
}
