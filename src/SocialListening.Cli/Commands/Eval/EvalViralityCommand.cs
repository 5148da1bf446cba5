using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Virality;
using SocialListening.Core.Virality;

namespace SocialListening.Cli.Commands.Eval;

/// <summary>
/// `sl eval virality`: forecasts each cascade's final size from its events up to the observation age with the
/// committed model, flags those forecast above the threshold, and prints the median absolute percentage error,
/// the naive baseline's first, ours last.
/// </summary>
public static class EvalViralityCommand
{
    public static Command Create()
    {
        var cascades = new Option<string>("--cascades") { Description = "Folder of cascade files (TiDeH format)", Required = true };
        var observe = new Option<string>("--observe") { Description = "Observation age: 1h, 6h, 30m...", DefaultValueFactory = _ => "1h" };
        var modelPath = new Option<string>("--model") { Description = "Virality model file", DefaultValueFactory = _ => ModelPaths.ShippedModel };
        var threshold = new Option<double?>("--threshold") { Description = "Flag forecasts at or above this many shares (default: the model's)" };
        var command = new Command("virality", "Forecast cascade final sizes from their first hours and report the median absolute percentage error")
        {
            cascades, observe, modelPath, threshold,
        };
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            try
            {
                var age = Durations.ParseSeconds(r.GetValue(observe)!);
                ViralityModel model;
                await using (var stream = File.OpenRead(r.GetValue(modelPath)!))
                    model = await ViralityModelFile.LoadAsync(stream, ct);
                var data = CascadeFolder.Load(r.GetValue(cascades)!);
                var horizon = model.ClosestHorizon(age);
                if (horizon.ObserveSeconds != age)
                    await Console.Error.WriteLineAsync($"note: no model fitted at {Durations.Format(age)}; using the {Durations.Format(horizon.ObserveSeconds)} model");
                var limit = r.GetValue(threshold) ?? model.FlagThreshold;
                var predictor = new ViralityPredictor(model);
                var rows = data.Select(c => (Cascade: c, Predicted: predictor.PredictFinal(c, age), Baseline: NaiveBaseline.Predict(c, age, horizon.BaselineRatio))).ToArray();
                foreach (var (c, predicted, _) in rows)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{c.Id} observed={c.SharesAt(age)} predicted={predicted:0} final={c.FinalSize} ape={ErrorMetrics.AbsolutePercentageError(predicted, c.FinalSize):0.0000}{(predicted >= limit ? " viral" : "")}"));
                var flagged = rows.Count(x => x.Predicted >= limit);
                var truePositives = rows.Count(x => x.Predicted >= limit && x.Cascade.FinalSize >= limit);
                var actual = rows.Count(x => x.Cascade.FinalSize >= limit);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"threshold={limit:0} flagged={flagged} correct_flags={truePositives} actually_above={actual}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"baseline_ratio={horizon.BaselineRatio:0.0000} baseline_median_ape={ErrorMetrics.MedianApe(rows.Select(x => (x.Baseline, (double)x.Cascade.FinalSize))):0.0000}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"median_ape={ErrorMetrics.MedianApe(rows.Select(x => (x.Predicted, (double)x.Cascade.FinalSize))):0.0000}"));
                return 0;
            }
            catch (Exception e) when (e is CascadeFormatException or FormatException or IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"sl eval virality: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
