namespace SocialListening.Analysis.Sentiment;

/// <summary>One word or other feature present in a text and how far it pushed the predicted label (positive) or
/// away from it (negative), in log-odds units. <see cref="Kind"/> is word (the word with its character n-grams,
/// NEG_ inside a negation), bigram, hashtag or marker (CAPS, ELONG, EMO_*, LEX_*).</summary>
public sealed record TermContribution(string Term, string Kind, double Weight);
