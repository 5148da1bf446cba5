using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Cli.Commands.Train;

/// <summary>
/// `sl train complaint [--datasets DIR] [--out FILE] [--feedback DATA_DIR]`: trains each binary trainer on the first 80% of the shared
/// English complaints plus the project's French training set, chooses its decision threshold by 4-fold cross-validation on
/// those training rows, keeps the trainer with the best English validation
/// macro-F1 (last 20% of the file) and writes it. Fixed seed: the same data gives the same model. With --feedback, the
/// mentions dismissed in that data folder's triage queue are added as "not a complaint" rows.
/// </summary>
public static class TrainComplaintCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets") { Description = "Folder of the shared data sets", DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets") };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine("models", "complaint.zip") };
        var trainers = new Option<string[]>("--trainer") { Description = "Trainers to compare (default: all but fasttree): sdca-logistic, lbfgs-logistic, averaged-perceptron, linear-svm, fasttree", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var feedback = new Option<string?>("--feedback") { Description = "Data folder of 'sl triage': its dismissed mentions are added as 'not a complaint' training rows" };
        var command = new Command("complaint", "Train the complaint detector (English + French)");
        command.Options.Add(datasets);
        command.Options.Add(output);
        command.Options.Add(trainers);
        command.Options.Add(seed);
        command.Options.Add(feedback);
        command.SetAction((ParseResult r) => ModelCommand.Run(() =>
        {
            var english = ComplaintData.LoadCsv(Path.Combine(r.GetValue(datasets)!, ComplaintData.SharedFile));
            var (train, validation) = ComplaintData.SplitLastFifth(english);
            var frenchEval = ComplaintData.FrenchEvaluation();
            var dismissed = r.GetValue(feedback) is { } folder ? DismissedExamples.Load(folder) : [];
            var rows = train.Concat(ComplaintData.FrenchTrain()).Concat(dismissed).ToList();
            Console.WriteLine($"training rows: {train.Count} English + {rows.Count - train.Count - dismissed.Count} French + {dismissed.Count} dismissed in triage; validation: {validation.Count} English (last 20%), {frenchEval.Count} French (in-house)");
            var candidates = r.GetValue(trainers) is { Length: > 0 } chosen ? chosen : ComplaintTrainer.DefaultTrainers;
            (ComplaintModel Model, double F1)? best = null;
            foreach (var name in candidates)
            {
                var threshold = ComplaintThreshold.Tune(rows, name, r.GetValue(seed));
                var model = ComplaintTrainer.Train(rows, name, r.GetValue(seed), threshold);
                var en = ComplaintEvaluation.Evaluate(model, validation);
                var fr = ComplaintEvaluation.Evaluate(model, frenchEval);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} threshold={threshold:0.00} en_val_macro_f1={en.MacroF1:0.0000} fr_inhouse_macro_f1={fr.MacroF1:0.0000}"));
                if (best is null || en.MacroF1 > best.Value.F1)
                {
                    best = (model, en.MacroF1);
                }
            }
            var path = r.GetValue(output)!;
            best!.Value.Model.Save(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept {best.Value.Model.Settings.Trainer} (en_val_macro_f1={best.Value.F1:0.0000}) -> {path}"));
            return 0;
        }));
        return command;
    }
}
