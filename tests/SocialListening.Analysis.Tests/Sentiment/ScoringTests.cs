using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

public class ScoringTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ScoringSink_GivesTheSameProbabilitiesAsTheSparseVector(bool normalizeByKind)
    {
        var options = new SentimentFeatureOptions { HashBits = 12, NormalizeByKind = normalizeByKind };
        var random = new Random(7);
        var weights = Enumerable.Range(0, (1 << 12) * 3).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var classifier = new LinearClassifier(12, 3, weights, [0.1f, -0.2f, 0.05f]);
        var featurizer = new SentimentFeaturizer(options);
        const string text = "Toujours pas de livraison, c'est nuuuul #TresDecu 😡 @user http";

        var hashing = featurizer.CreateSink();
        featurizer.Featurize(text, hashing);
        Span<float> expected = stackalloc float[3];
        classifier.Probabilities(hashing.ToVector(), expected);

        var scoring = featurizer.CreateScoringSink();
        scoring.Start(classifier);
        featurizer.Featurize(text, scoring);
        Span<float> actual = stackalloc float[3];
        scoring.Probabilities(actual);

        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(expected[c], actual[c], 4);
        }
        Assert.Equal(1f, actual[0] + actual[1] + actual[2], 4);
    }

    [Fact]
    public void FeatureHashing_IsStableAcrossProcesses()
    {
        // A fixed value: a change of hash function would silently break every saved model.
        Assert.Equal(FeatureHashing.Bucket('w', "decu", (1 << 20) - 1), FeatureHashing.Bucket("w:decu", (1 << 20) - 1));
        Assert.Equal(ExpectedBucket, FeatureHashing.Bucket('w', "decu", (1 << 20) - 1));
    }

    private const int ExpectedBucket = 233674;
}
