namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>Validation macro-F1 per language of one ablation row: one model per language, and one joint model.</summary>
public sealed record AblationResult(string Variant, string Trainer, IReadOnlyDictionary<string, double> PerLanguage, IReadOnlyDictionary<string, double> Joint);
