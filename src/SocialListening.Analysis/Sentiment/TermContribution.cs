namespace SocialListening.Analysis.Sentiment;

/// <summary>One feature present in a text and how far it pushed the predicted label (positive) or away from it
/// (negative), in log-odds units. <see cref="Kind"/> is word, bigram, chars, hashtag or marker.</summary>
public sealed record TermContribution(string Term, string Kind, double Weight);
