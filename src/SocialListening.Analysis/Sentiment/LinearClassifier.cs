namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// A linear multi-class model over hashed features: one weight per bucket and class plus a bias per class.
/// Probabilities are the softmax of the class scores, or, for one-versus-all models, each class's Platt-calibrated
/// sigmoid normalised to sum to one. Immutable and thread-safe.
/// </summary>
public sealed class LinearClassifier
{
    private readonly float[] _weights;
    private CompactWeights? _compact;

    public LinearClassifier(int hashBits, int classes, float[] weights, float[] biases, float[]? plattSlopes = null, float[]? plattOffsets = null)
    {
        if (weights.Length != (1 << hashBits) * classes || biases.Length != classes)
        {
            throw new ArgumentException("The weights do not match the number of buckets and classes.");
        }
        HashBits = hashBits;
        Classes = classes;
        _weights = weights;
        Biases = biases;
        PlattSlopes = plattSlopes;
        PlattOffsets = plattOffsets;
    }

    public int HashBits { get; }
    public int Classes { get; }
    public IReadOnlyList<float> Biases { get; }
    public IReadOnlyList<float>? PlattSlopes { get; }
    public IReadOnlyList<float>? PlattOffsets { get; }
    internal ReadOnlySpan<float> Weights => _weights;

    // Built on first use, by the scorer only (training and explanations read the full table). Two threads may both
    // build it; they build the same thing.
    internal CompactWeights Compact => _compact ??= new CompactWeights(_weights, Classes);

    public float Weight(int bucket, int @class) => _weights[bucket * Classes + @class];

    /// <summary>The weights of one bucket, one per class.</summary>
    public ReadOnlySpan<float> Row(int bucket) => _weights.AsSpan(bucket * Classes, Classes);

    public void Probabilities(SparseFeatures features, Span<float> probabilities)
    {
        var scores = probabilities[..Classes];
        for (var c = 0; c < Classes; c++)
        {
            scores[c] = Biases[c];
        }
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            var row = _weights.AsSpan(indices[i] * Classes, Classes);
            var value = values[i];
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += row[c] * value;
            }
        }
        ScoresToProbabilities(scores);
    }

    /// <summary>Turns class scores (bias included) into probabilities, in place.</summary>
    public void ScoresToProbabilities(Span<float> scores)
    {
        scores = scores[..Classes];
        if (PlattSlopes is not null && PlattOffsets is not null)
        {
            var sum = 0f;
            for (var c = 0; c < Classes; c++)
            {
                scores[c] = 1f / (1f + MathF.Exp(-(PlattSlopes[c] * scores[c] + PlattOffsets[c])));
                sum += scores[c];
            }
            for (var c = 0; c < Classes; c++)
            {
                scores[c] = sum > 0 ? scores[c] / sum : 1f / Classes;
            }
            return;
        }
        var max = float.MinValue;
        for (var c = 0; c < Classes; c++)
        {
            max = MathF.Max(max, scores[c]);
        }
        var total = 0f;
        for (var c = 0; c < Classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            total += scores[c];
        }
        for (var c = 0; c < Classes; c++)
        {
            scores[c] /= total;
        }
    }
}
