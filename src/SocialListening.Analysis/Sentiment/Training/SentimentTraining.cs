using SocialListening.Analysis.Evaluation;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>Featurises labelled examples, fits a classifier and scores it: the steps shared by training,
/// the ablation and evaluation.</summary>
public static class SentimentTraining
{
    public static readonly IReadOnlyList<string> LabelNames = ["negative", "neutral", "positive"];

    public static List<SentimentExample> Shuffle(IEnumerable<SentimentExample> examples, int seed)
    {
        var list = examples.ToList();
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    public static List<SparseFeatures> Featurize(SentimentFeaturizer featurizer, IReadOnlyList<SentimentExample> examples)
    {
        var sink = featurizer.CreateSink();
        var vectors = new List<SparseFeatures>(examples.Count);
        foreach (var example in examples)
        {
            featurizer.Featurize(example.Text, sink);
            vectors.Add(sink.ToVector());
        }
        return vectors;
    }

    public static LinearClassifier Fit(SentimentFeatureOptions options, SentimentTrainerSpec spec, IReadOnlyList<SentimentExample> train, int seed)
    {
        var features = Featurize(new SentimentFeaturizer(options), train);
        return new LinearSentimentTrainer(seed).Train(features, train.Select(e => (int)e.Label).ToList(), options.HashBits, spec);
    }

    public static ClassificationReport Evaluate(SentimentFeatureOptions options, LinearClassifier classifier, IReadOnlyList<SentimentExample> examples)
    {
        var features = Featurize(new SentimentFeaturizer(options), examples);
        Span<float> probabilities = stackalloc float[3];
        var predicted = new List<int>(examples.Count);
        foreach (var vector in features)
        {
            classifier.Probabilities(vector, probabilities);
            var best = 0;
            for (var c = 1; c < 3; c++)
            {
                best = probabilities[c] > probabilities[best] ? c : best;
            }
            predicted.Add(best);
        }
        return new ClassificationReport(LabelNames, examples.Select(e => (int)e.Label).ToList(), predicted);
    }
}
