using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Virality;
using SocialListening.Core.Virality;

namespace SocialListening.Cli.Commands.Train;

/// <summary>
/// `sl train virality`: fits the cascade growth model at several observation ages on a folder of cascades,
/// reports repeated k-fold cross-validation against the naive baseline, and writes the model file.
/// </summary>
public static class TrainViralityCommand
{
    public static Command Create()
    {
        var cascades = new Option<string>("--cascades") { Description = "Folder of cascade files (TiDeH format)", DefaultValueFactory = _ => ModelPaths.DefaultCascades };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine("models", "virality.json") };
        var horizons = new Option<string>("--horizons") { Description = "Observation ages to fit, comma separated", DefaultValueFactory = _ => "30m,1h,2h,3h,6h,12h,24h" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 10 };
        var repeats = new Option<int>("--repeats") { Description = "Cross-validation repeats (reshuffled)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => 42 };
        var lambda = new Option<string>("--lambdas") { Description = "Ridge penalties to choose from by inner cross-validation, comma separated", DefaultValueFactory = _ => "0.3,1,3,10" };
        var threshold = new Option<double>("--threshold") { Description = "Final share count above which a mention is flagged viral", DefaultValueFactory = _ => 5000 };
        var command = new Command("virality", "Fit the cascade-size forecaster (SEISMIC features + ridge) with cross-validation against the naive baseline")
        {
            cascades, output, horizons, folds, repeats, seed, lambda, threshold,
        };
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            try
            {
                var data = CascadeFolder.Load(r.GetValue(cascades)!);
                var ages = r.GetValue(horizons)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Durations.ParseSeconds).ToArray();
                var trainer = new ViralityTrainer(new Seismic(new MemoryKernel()), r.GetValue(lambda)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray(), r.GetValue(threshold));
                Console.WriteLine(FormattableString.Invariant($"cascades={data.Count} folds={r.GetValue(folds)} repeats={r.GetValue(repeats)} seed={r.GetValue(seed)} lambdas={string.Join(',', trainer.Lambdas)}"));
                var errorSd = new Dictionary<double, double>();
                var results = new List<CrossValidationResult>();
                foreach (var age in ages)
                {
                    var cv = trainer.CrossValidate(data, age, r.GetValue(folds), r.GetValue(repeats), r.GetValue(seed));
                    errorSd[age] = cv.LogErrorSd;
                    results.Add(cv);
                }
                var model = trainer.Fit(data, ages, errorSd);
                var predictor = new ViralityPredictor(model);
                foreach (var (cv, horizon) in results.Zip(model.Horizons))
                {
                    var inModel = ErrorMetrics.MedianApe(data.Select(c => (predictor.PredictFinal(c, cv.ObserveSeconds), (double)c.FinalSize)));
                    var inBase = ErrorMetrics.MedianApe(data.Select(c => (NaiveBaseline.Predict(c, cv.ObserveSeconds, horizon.BaselineRatio), (double)c.FinalSize)));
                    // Plain SEISMIC has nothing fitted here (the paper's kernel), so its error on all cascades is out of sample.
                    var seismic = ErrorMetrics.MedianApe(data.Select(c => (model.Seismic.Estimate(c.Events, c.EventsUpTo(cv.ObserveSeconds), cv.ObserveSeconds).PredictedEvents - 1, (double)c.FinalSize)));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"observe={Durations.Format(cv.ObserveSeconds)} cv_model_median_ape={cv.ModelMedianApe:0.0000} cv_baseline_median_ape={cv.BaselineMedianApe:0.0000} cv_relative_gain={1 - cv.ModelMedianApe / cv.BaselineMedianApe:0.000} plain_seismic_median_ape={seismic:0.0000} insample_model_median_ape={inModel:0.0000} insample_baseline_median_ape={inBase:0.0000} lambda={horizon.Lambda} baseline_ratio={horizon.BaselineRatio:0.0000} log_error_sd={cv.LogErrorSd:0.000}"));
                }
                var path = r.GetValue(output)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await using (var stream = File.Create(path))
                    await ViralityModelFile.SaveAsync(model, stream, ct);
                Console.WriteLine($"model written to {path}");
                return 0;
            }
            catch (Exception e) when (e is CascadeFormatException or FormatException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"sl train virality: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
