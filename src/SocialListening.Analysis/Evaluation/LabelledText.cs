namespace SocialListening.Analysis.Evaluation;

/// <summary>A text and its gold label as read from an evaluation file, with the line it starts on.</summary>
public sealed record LabelledText(int Line, string Text, string Label);
