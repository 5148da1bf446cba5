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
    public void Featurize_HandsABucketSinkTheSameBucketsInTheSameOrderAsHashingEachFeature()
    {
        var featurizer = new SentimentFeaturizer(new SentimentFeatureOptions { HashBits = 16 });
        const string text = "L'appli ne marche PAS du tout, trooop lent #TresDecu 😡 :( https://x.y/z";
        var bySpan = new SpanBuckets((1 << 16) - 1);
        var byBucket = new BucketList((1 << 16) - 1);

        featurizer.Featurize(text, bySpan);
        featurizer.Featurize(text, byBucket);

        Assert.True(bySpan.Buckets.Count > 100);
        Assert.Equal(bySpan.Buckets, byBucket.Buckets);
    }

    [Fact]
    public void ScoringSink_ScoresATextAlikeWhetherItsWordsAreRememberedOrNot()
    {
        var options = new SentimentFeatureOptions { HashBits = 12 };
        var random = new Random(3);
        var weights = Enumerable.Range(0, (1 << 12) * 3).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var classifier = new LinearClassifier(12, 3, weights, [0.1f, -0.2f, 0.05f]);
        var featurizer = new SentimentFeaturizer(options);
        const string text = "Service client au top, livraison rapide, merci !";

        var fresh = Score(featurizer, featurizer.CreateScoringSink(), classifier, text);
        var warm = featurizer.CreateScoringSink();
        Score(featurizer, warm, classifier, "Le service client ne répond pas, livraison en retard");
        var remembered = Score(featurizer, warm, classifier, text);
        var again = Score(featurizer, warm, classifier, text);

        Assert.Equal(fresh, remembered);
        Assert.Equal(fresh, again);
    }

    [Fact]
    public void ScoringSink_ScoresAlikeAfterItsWordMemoryHasGrownAndBeenCleared()
    {
        var random = new Random(5);
        var weights = Enumerable.Range(0, (1 << 12) * 3).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var classifier = new LinearClassifier(12, 3, weights, [0f, 0f, 0f]);
        var featurizer = new SentimentFeaturizer(new SentimentFeatureOptions { HashBits = 12 });
        const string text = "livraison rapide mais service client absent";
        var fresh = Score(featurizer, featurizer.CreateScoringSink(), classifier, text);
        var sink = featurizer.CreateScoringSink();
        Score(featurizer, sink, classifier, text);

        // More distinct words than the memory holds: it doubles several times, then forgets everything once.
        var many = string.Join(' ', Enumerable.Range(0, ScoringSink.CachedWords + 5_000).Select(i => "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Score(featurizer, sink, classifier, many);

        Assert.Equal(fresh, Score(featurizer, sink, classifier, text));
        Assert.Equal(Score(featurizer, featurizer.CreateScoringSink(), classifier, many), Score(featurizer, sink, classifier, many));
    }

    private static float[] Score(SentimentFeaturizer featurizer, ScoringSink sink, LinearClassifier classifier, string text)
    {
        sink.Start(classifier);
        featurizer.Featurize(text, sink);
        var probabilities = new float[3];
        sink.Probabilities(probabilities);
        return probabilities;
    }

    private sealed class SpanBuckets(int mask) : IFeatureSink
    {
        public List<int> Buckets { get; } = [];

        public void Add(char kind, ReadOnlySpan<char> feature) => Buckets.Add(kind * 1_000_000 + FeatureHashing.Bucket(kind, feature, mask));
    }

    private sealed class BucketList(int mask) : IBucketSink
    {
        public List<int> Buckets { get; } = [];

        public int Mask => mask;

        public void Add(char kind, ReadOnlySpan<char> feature) => AddBucket(kind, FeatureHashing.Bucket(kind, feature, mask));

        public void AddBucket(char kind, int bucket) => Buckets.Add(kind * 1_000_000 + bucket);
    }

    [Fact]
    public void FeatureHashing_IsStableAcrossProcesses()
    {
        // A fixed value: a change of hash function would silently break every saved model.
        Assert.Equal(FeatureHashing.Bucket('w', "decu", (1 << 20) - 1), FeatureHashing.Bucket("w:decu", (1 << 20) - 1));
        Assert.Equal(ExpectedBucket, FeatureHashing.Bucket('w', "decu", (1 << 20) - 1));
    }

    [Theory]
    [InlineData("pas", "mal")]
    [InlineData("@USER", "😡")]
    [InlineData("", "x")]
    public void FeatureHashing_PairStartExtendedByTheSecondWordGivesThePairsBucket(string first, string second)
    {
        const int mask = (1 << 18) - 1;

        var bucket = FeatureHashing.Finish(FeatureHashing.Extend(FeatureHashing.PairStart(first), second), mask);

        Assert.Equal(FeatureHashing.Bucket(FeatureKinds.Bigram, first + " " + second, mask), bucket);
    }

    [Fact]
    public void Featurize_HandsABucketSinkTheSameBucketsForWordsTooLongForAPairBuffer()
    {
        // A pair longer than the 128-character feature buffer is cut there; the bucket path must cut it alike.
        var featurizer = new SentimentFeaturizer(new SentimentFeatureOptions { HashBits = 16 });
        var text = "tres " + new string('x', 70) + "y " + new string('z', 39) + "w " + new string('a', 120) + "b";
        var bySpan = new SpanBuckets((1 << 16) - 1);
        var byBucket = new BucketList((1 << 16) - 1);

        featurizer.Featurize(text, bySpan);
        featurizer.Featurize(text, byBucket);

        Assert.Equal(bySpan.Buckets, byBucket.Buckets);
    }

    private const int ExpectedBucket = 233674;
}
