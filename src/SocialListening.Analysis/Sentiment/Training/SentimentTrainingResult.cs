using SocialListening.Analysis.Evaluation;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>The trained model and its validation reports per language, for the per-language and the joint classifier.</summary>
public sealed record SentimentTrainingResult(SentimentModel Model, IReadOnlyDictionary<string, ClassificationReport> Validation,
    IReadOnlyDictionary<string, ClassificationReport> JointValidation);
