using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>
/// Fits a <see cref="LinearClassifier"/> with an ML.NET trainer on hashed features and copies the learned weights
/// out, so scoring needs no ML.NET pipeline. Single-threaded trainers and a seeded MLContext make it reproducible.
/// </summary>
public sealed class LinearSentimentTrainer(int seed)
{
    public const int Classes = 3;

    public LinearClassifier Train(IReadOnlyList<SparseFeatures> features, IReadOnlyList<int> labels, int hashBits, SentimentTrainerSpec spec)
    {
        var ml = new MLContext(seed);
        var dimension = 1 << hashBits;
        return spec.Kind switch
        {
            SentimentTrainerKind.SdcaMaximumEntropy or SentimentTrainerKind.LbfgsMaximumEntropy =>
                TrainMaximumEntropy(ml, features, labels, dimension, hashBits, spec),
            _ => TrainOneVersusAll(ml, features, labels, dimension, hashBits, spec),
        };
    }

    private static LinearClassifier TrainMaximumEntropy(MLContext ml, IReadOnlyList<SparseFeatures> features, IReadOnlyList<int> labels,
        int dimension, int hashBits, SentimentTrainerSpec spec)
    {
        var schema = SchemaDefinition.Create(typeof(MulticlassRow));
        schema[nameof(MulticlassRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), Classes);
        schema[nameof(MulticlassRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var rows = features.Select((f, i) => new MulticlassRow { Label = (uint)labels[i], Features = ToVBuffer(f, dimension) });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        IEstimator<ITransformer> trainer = spec.Kind == SentimentTrainerKind.SdcaMaximumEntropy
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = spec.L2,
                L1Regularization = spec.L1,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = spec.Iterations > 0 ? spec.Iterations : null,
            })
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = spec.L2,
                L1Regularization = spec.L1,
                NumberOfThreads = 1,
            });
        var transformer = (MulticlassPredictionTransformer<MaximumEntropyModelParameters>)trainer.Fit(data);
        var model = transformer.Model;
        VBuffer<float>[] classWeights = [];
        model.GetWeights(ref classWeights, out var classes);
        if (classes != Classes)
        {
            throw new InvalidOperationException($"Expected {Classes} classes, the trainer produced {classes}.");
        }
        var weights = new float[dimension * Classes];
        for (var c = 0; c < Classes; c++)
        {
            Scatter(classWeights[c], weights, c);
        }
        return new LinearClassifier(hashBits, Classes, weights, model.GetBiases().ToArray());
    }

    private static LinearClassifier TrainOneVersusAll(MLContext ml, IReadOnlyList<SparseFeatures> features, IReadOnlyList<int> labels,
        int dimension, int hashBits, SentimentTrainerSpec spec)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[nameof(BinaryRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var vectors = features.Select(f => ToVBuffer(f, dimension)).ToArray();
        var weights = new float[dimension * Classes];
        var biases = new float[Classes];
        float[]? slopes = null, offsets = null;
        for (var c = 0; c < Classes; c++)
        {
            var positive = c;
            var data = ml.Data.LoadFromEnumerable(vectors.Select((v, i) => new BinaryRow { Label = labels[i] == positive, Features = v }), schema);
            LinearModelParameters linear;
            switch (spec.Kind)
            {
                case SentimentTrainerKind.OvaAveragedPerceptron:
                    linear = ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                    {
                        NumberOfIterations = spec.Iterations > 0 ? spec.Iterations : 10,
                        L2Regularization = spec.L2,
                    }).Fit(data).Model;
                    break;
                case SentimentTrainerKind.OvaLinearSvm:
                    linear = ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
                    {
                        NumberOfIterations = spec.Iterations > 0 ? spec.Iterations : 10,
                        Lambda = spec.L2,
                    }).Fit(data).Model;
                    break;
                default:
                    var calibrated = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                    {
                        L2Regularization = spec.L2,
                        L1Regularization = spec.L1,
                        NumberOfThreads = 1,
                    }).Fit(data).Model;
                    linear = calibrated.SubModel;
                    // Logistic regression's scores are already log-odds: each class's probability is sigmoid(score).
                    slopes ??= new float[Classes];
                    offsets ??= new float[Classes];
                    slopes[c] = 1f;
                    offsets[c] = 0f;
                    break;
            }
            var classWeights = linear.Weights.ToArray();
            for (var j = 0; j < dimension; j++)
            {
                weights[j * Classes + c] = classWeights[j];
            }
            biases[c] = linear.Bias;
        }
        return new LinearClassifier(hashBits, Classes, weights, biases, slopes, offsets);
    }

    private static VBuffer<float> ToVBuffer(SparseFeatures features, int dimension) =>
        new(dimension, features.Count, features.Values, features.Indices);

    private static void Scatter(VBuffer<float> vector, float[] weights, int @class)
    {
        var values = vector.GetValues();
        if (vector.IsDense)
        {
            for (var j = 0; j < values.Length; j++)
            {
                weights[j * Classes + @class] = values[j];
            }
            return;
        }
        var indices = vector.GetIndices();
        for (var k = 0; k < indices.Length; k++)
        {
            weights[indices[k] * Classes + @class] = values[k];
        }
    }

    private sealed class MulticlassRow
    {
        public uint Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    private sealed class BinaryRow
    {
        public bool Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }
}
