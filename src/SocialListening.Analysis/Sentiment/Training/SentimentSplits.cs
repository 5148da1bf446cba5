namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>The train split (shuffled) and the validation split of one language.</summary>
public sealed record SentimentSplits(IReadOnlyList<SentimentExample> Train, IReadOnlyList<SentimentExample> Validation)
{
    public static SentimentSplits LoadXlmt(string datasetsDirectory, string language, int seed) => new(
        SentimentTraining.Shuffle(XlmtCorpus.Load(datasetsDirectory, language, "train"), seed),
        XlmtCorpus.Load(datasetsDirectory, language, "val"));
}
