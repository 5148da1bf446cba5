namespace SocialListening.Analysis.Aspects;

/// <summary>A clause of a text: its span, its folded words, and whether it opened with a contrast ("mais", "but").</summary>
public sealed record Clause(int Start, int End, IReadOnlyList<string> Words, bool Contrast);
