namespace SocialListening.Analysis.TextClassification;

/// <summary>What a multiclass text model needs besides its ML.NET pipeline. <see cref="OosLabel"/>: the out-of-scope
/// category that low-confidence predictions (top score under <see cref="Threshold"/>) fall back to.
/// <see cref="TextForm"/>: the <see cref="ClassifierText"/> form the model was trained on (absent from older files).</summary>
public sealed record TextClassifierSettings(string Algorithm, string? OosLabel, double Threshold, int TrainingRows, int TextForm = ClassifierText.SurrogatesKeptForm);
