namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// A sink that only needs the hashed bucket of each feature: the featuriser then hashes the character n-grams of a
/// word incrementally (n-grams sharing a start share their hash prefix) and hands over buckets, in the same order
/// and with the same values as <see cref="FeatureHashing.Bucket(char, ReadOnlySpan{char}, int)"/> would give.
/// </summary>
public interface IBucketSink : IFeatureSink
{
    /// <summary>The mask of the bucket numbers (number of buckets minus one).</summary>
    int Mask { get; }

    void AddBucket(char kind, int bucket);
}
