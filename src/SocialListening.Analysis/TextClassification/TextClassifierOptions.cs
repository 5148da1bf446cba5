namespace SocialListening.Analysis.TextClassification;

/// <summary>How to train a multiclass text model.</summary>
/// <param name="Algorithm">"sdca" (SdcaMaximumEntropy), "lbfgs" (LbfgsMaximumEntropy) or "svm" (one-versus-all linear SVM).</param>
/// <param name="OosLabel">The out-of-scope category, whose rejection threshold is chosen on a held-out part of the training data.</param>
/// <param name="Seed">Seed of the ML.NET context and of the held-out split.</param>
/// <param name="HoldOut">Fraction of each class held out to choose the out-of-scope threshold.</param>
public sealed record TextClassifierOptions(string Algorithm = "lbfgs", string? OosLabel = null, int Seed = 1, double HoldOut = 0.2);
