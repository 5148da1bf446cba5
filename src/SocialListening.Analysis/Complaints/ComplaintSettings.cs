namespace SocialListening.Analysis.Complaints;

/// <summary>Which binary trainer the model uses and the probability from which a text is a complaint.</summary>
public sealed record ComplaintSettings(string Trainer, double Threshold, int TrainingRows);
