using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>Which binary trainer the model uses, the probability from which a text is a complaint, and the
/// <see cref="ClassifierText"/> form it was trained on (absent from older files).</summary>
public sealed record ComplaintSettings(string Trainer, double Threshold, int TrainingRows, int TextForm = ClassifierText.SurrogatesKeptForm);
