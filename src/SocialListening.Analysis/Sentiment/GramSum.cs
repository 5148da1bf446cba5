namespace SocialListening.Analysis.Sentiment;

/// <summary>What the character n-grams of one word add to one classifier's three class sums, and how many there are.</summary>
internal readonly record struct GramSum(float Sum0, float Sum1, float Sum2, int Count);
