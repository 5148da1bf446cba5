namespace SocialListening.Analysis.Text;

/// <summary>A token of a social post. <see cref="Folded"/> is lower-case without accents; for a hashtag or an
/// @mention it is the name without its sign. <see cref="Elided"/> is the elided article or pronoun before a word
/// ("l" in "l'appli", "qu" in "qu'il"), folded.</summary>
public readonly record struct Token(TokenKind Kind, string Text, string Folded, int Start, string? Elided = null);
