namespace SocialListening.Analysis.Sentiment;

/// <summary>A prediction and the features that weighed most on it, strongest first.</summary>
public sealed record SentimentExplanation(SentimentPrediction Prediction, IReadOnlyList<TermContribution> Terms);
