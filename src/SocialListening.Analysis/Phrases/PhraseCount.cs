namespace SocialListening.Analysis.Phrases;

/// <summary>A phrase with the number of mentions it appears in, in the period and in the previous one.
/// <see cref="Growth"/> is the ratio of its share of mentions now to before (smoothed), <see cref="Excess"/> the
/// mentions above what its previous share predicts.</summary>
public sealed record PhraseCount(string Phrase, int Mentions, int Previous = 0, double Growth = 1, double Excess = 0);
