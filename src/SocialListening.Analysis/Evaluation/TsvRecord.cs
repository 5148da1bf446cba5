namespace SocialListening.Analysis.Evaluation;

/// <summary>One record of a delimited file: its fields, the line it starts on, and why it is malformed (null if it is not).</summary>
public sealed record TsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);
