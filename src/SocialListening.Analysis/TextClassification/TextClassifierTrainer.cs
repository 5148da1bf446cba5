using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Trains a multiclass text model (intents, topics, journey stages) from labelled rows: <see cref="ClassifierText"/>
/// normalisation, <see cref="TextFeatures"/>, then a linear classifier. With an out-of-scope label, a first model
/// trained on part of the data scores the held-out rest to choose the rejection threshold, then the final model is
/// trained on everything.
/// </summary>
public static class TextClassifierTrainer
{
    public static TextClassifier Train(IReadOnlyList<LabelledText> rows, TextClassifierOptions options, Action<string>? log = null)
    {
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InvalidDataException("training needs at least two categories");
        }
        var threshold = 0.0;
        if (options.OosLabel is { } oos)
        {
            if (!rows.Any(r => r.Label == oos))
            {
                log?.Invoke($"no training row has the out-of-scope label '{oos}': it is only used for rejections");
            }
            var (part, heldOut) = StratifiedSplit.Split(rows, options.HoldOut, options.Seed);
            var probe = Fit(part, options with { OosLabel = null });
            var scored = probe.Predict([.. heldOut.Select(r => r.Text)]);
            threshold = OosThreshold.Choose(heldOut.Select(r => r.Label).ToArray(), scored, oos);
            log?.Invoke($"out-of-scope threshold {threshold:0.0000} chosen on {heldOut.Count} held-out training rows");
        }
        return Fit(rows, options).WithSettings(new TextClassifierSettings(options.Algorithm, options.OosLabel, threshold, rows.Count, ClassifierText.CurrentForm));
    }

    private static TextClassifier Fit(IReadOnlyList<LabelledText> rows, TextClassifierOptions options)
    {
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(Normalise(rows));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label")
            .Append(TextFeatures.Featurise(ml))
            .AppendCacheCheckpoint(ml)
            .Append(Trainer(ml, options.Algorithm));
        var model = pipeline.Fit(data);
        return new TextClassifier(ml, model, data.Schema, new TextClassifierSettings(options.Algorithm, null, 0, rows.Count, ClassifierText.CurrentForm));
    }

    private static TextRow[] Normalise(IReadOnlyList<LabelledText> rows)
    {
        var normalised = new TextRow[rows.Count];
        Parallel.For(0, rows.Count, i => normalised[i] = new TextRow { Text = ClassifierText.Normalise(rows[i].Text), Label = rows[i].Label });
        return normalised;
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, string algorithm) => algorithm switch
    {
        "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { MaximumNumberOfIterations = 100, L2Regularization = 1e-5f }),
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options { L2Regularization = 0.1f, L1Regularization = 0f, MaximumNumberOfIterations = 200 }),
        "svm" => ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 20), useProbabilities: false),
        _ => throw new ArgumentException($"unknown algorithm '{algorithm}' (use sdca, lbfgs or svm)"),
    };
}
