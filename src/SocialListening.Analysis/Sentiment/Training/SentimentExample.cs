using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>A labelled text for training or evaluating sentiment.</summary>
public sealed record SentimentExample(string Text, SentimentLabel Label);
