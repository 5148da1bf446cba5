namespace SocialListening.Analysis.Sentiment;

/// <summary>A sink that keeps the featuriser's <see cref="WordFacts"/> per folded word. Not thread-safe, like the
/// sink.</summary>
internal interface IWordFactsCache
{
    /// <summary>The facts remembered for featurisers with these <paramref name="options"/> (facts depend on them: a
    /// sink handed to a featuriser with other options starts an empty table).</summary>
    WordTable<WordFacts> WordFacts(SentimentFeatureOptions options);
}
