namespace SocialListening.Analysis.TextClassification;

/// <summary>The chosen label, the top class's score and that top class (which differs from <see cref="Label"/>
/// when an out-of-scope threshold rejected it).</summary>
public readonly record struct ClassPrediction(string Label, double Confidence, string TopLabel);
