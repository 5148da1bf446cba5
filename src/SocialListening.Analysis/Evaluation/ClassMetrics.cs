namespace SocialListening.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one class, with its number of gold examples.</summary>
public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);
