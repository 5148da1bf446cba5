using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>
/// Trains a complaint model with one of ML.NET's binary trainers on <see cref="ComplaintModel.Normalise"/>d text
/// (label "1" = complaint). Trainers without calibrated output get a Platt calibrator, so every model gives a probability.
/// </summary>
public static class ComplaintTrainer
{
    public static readonly IReadOnlyList<string> Trainers = ["sdca-logistic", "lbfgs-logistic", "averaged-perceptron", "linear-svm", "fasttree"];

    /// <summary>The trainers `sl train complaint` compares by default: FastTree is left out because boosted trees over
    /// a large sparse n-gram space take minutes per fit and did not beat the linear models (see models/complaint.md).</summary>
    public static readonly IReadOnlyList<string> DefaultTrainers = ["sdca-logistic", "lbfgs-logistic", "averaged-perceptron", "linear-svm"];

    public static ComplaintModel Train(IReadOnlyList<LabelledText> rows, string trainer, int seed = 1, double threshold = 0.5)
    {
        var ml = new MLContext(seed: seed);
        var normalised = new BinaryTextRow[rows.Count];
        Parallel.For(0, rows.Count, i => normalised[i] = new BinaryTextRow { Text = ComplaintModel.Normalise(rows[i].Text), Label = rows[i].Label == "1" });
        var data = ml.Data.LoadFromEnumerable(normalised);
        var pipeline = TextFeatures.Featurise(ml).AppendCacheCheckpoint(ml).Append(Estimator(ml, trainer));
        var model = pipeline.Fit(data);
        return new ComplaintModel(ml, model, data.Schema, new ComplaintSettings(trainer, threshold, rows.Count, ClassifierText.CurrentForm));
    }

    private static IEstimator<ITransformer> Estimator(MLContext ml, string trainer)
    {
        var binary = ml.BinaryClassification;
        return trainer switch
        {
            "sdca-logistic" => binary.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { L2Regularization = 1e-4f, MaximumNumberOfIterations = 50 }),
            "lbfgs-logistic" => binary.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { L2Regularization = 0.05f }),
            "averaged-perceptron" => binary.Trainers.AveragedPerceptron(numberOfIterations: 10).Append(binary.Calibrators.Platt()),
            "linear-svm" => binary.Trainers.LinearSvm(numberOfIterations: 20).Append(binary.Calibrators.Platt()),
            "fasttree" => binary.Trainers.FastTree(new FastTreeBinaryTrainer.Options { NumberOfTrees = 200, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 5 }),
            _ => throw new ArgumentException($"unknown trainer '{trainer}' (use {string.Join(", ", Trainers)})"),
        };
    }
}
