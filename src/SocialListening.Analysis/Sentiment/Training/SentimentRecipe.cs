namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>The features and trainer chosen on validation macro-F1 (see the ablation in models/sentiment.md).</summary>
public static class SentimentRecipe
{
    public const int Seed = 20261124;

    public static readonly SentimentFeatureOptions Features = new();

    public static readonly SentimentTrainerSpec Trainer = new(SentimentTrainerKind.LbfgsMaximumEntropy, L2: 0.3f);
}
