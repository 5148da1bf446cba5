namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Scores a text while it is featurised: adds each feature's weights to its group's sums, then scales each group
/// by one over the square root of its size, which equals scoring <see cref="HashingSink.ToVector"/> without
/// building, sorting or allocating the vector. One instance per thread.
/// </summary>
public sealed class ScoringSink(int hashBits, bool normalizeByKind) : IFeatureSink
{
    private readonly int _mask = (1 << hashBits) - 1;
    private readonly float[] _sums = new float[FeatureKinds.Groups * 3];
    private readonly int[] _counts = new int[FeatureKinds.Groups];
    private LinearClassifier? _classifier;

    public void Start(LinearClassifier classifier)
    {
        _classifier = classifier;
        Array.Clear(_sums);
        Array.Clear(_counts);
    }

    public void Add(char kind, ReadOnlySpan<char> feature)
    {
        var group = normalizeByKind ? FeatureKinds.Group(kind) : 0;
        _counts[group]++;
        var row = _classifier!.Row(FeatureHashing.Bucket(kind, feature, _mask));
        var sums = _sums.AsSpan(group * 3, 3);
        sums[0] += row[0];
        sums[1] += row[1];
        sums[2] += row[2];
    }

    /// <summary>The class probabilities of the text featurised since <see cref="Start"/>.</summary>
    public void Probabilities(Span<float> probabilities)
    {
        var classifier = _classifier ?? throw new InvalidOperationException("Start must be called first.");
        for (var c = 0; c < 3; c++)
        {
            probabilities[c] = classifier.Biases[c];
        }
        for (var g = 0; g < FeatureKinds.Groups; g++)
        {
            if (_counts[g] == 0)
            {
                continue;
            }
            var scale = 1f / MathF.Sqrt(_counts[g]);
            for (var c = 0; c < 3; c++)
            {
                probabilities[c] += _sums[g * 3 + c] * scale;
            }
        }
        classifier.ScoresToProbabilities(probabilities);
    }
}
