namespace SocialListening.Analysis.Phrases;

/// <summary>A candidate phrase: <see cref="Key"/> folded words joined by spaces (a hashtag keeps its #), the text as
/// written (lower case, accents kept) and its number of words.</summary>
public sealed record KeyPhrase(string Key, string Text, int Words);
