namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// A sink that can remember what the character n-grams of a word contribute, so that a word seen before costs one
/// lookup instead of a dozen hashed features. The featuriser asks <see cref="TryAddCharNgrams"/> first; on a miss
/// it sends the word's n-gram buckets between <see cref="BeginCharNgrams"/> and <see cref="EndCharNgrams"/>.
/// </summary>
public interface ICharNgramCache : IBucketSink
{
    /// <summary>Adds the remembered n-grams of the word whose <see cref="FeatureHashing.WordKey"/> is
    /// <paramref name="wordKey"/>; false when the word is not remembered.</summary>
    bool TryAddCharNgrams(ulong wordKey);

    void BeginCharNgrams();

    void EndCharNgrams();
}
