using Microsoft.ML.Data;

namespace SocialListening.Analysis.TextClassification;

/// <summary>ML.NET input row: the normalised text (see <see cref="ClassifierText"/>) and, for training, its label.</summary>
public sealed class TextRow
{
    public string Text { get; set; } = "";
    public string Label { get; set; } = "";
}

/// <summary>ML.NET input row of a binary classifier.</summary>
public sealed class BinaryTextRow
{
    public string Text { get; set; } = "";
    public bool Label { get; set; }
}

/// <summary>Multiclass output: one probability per class, in the order of the model's slot names.</summary>
public sealed class ScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

/// <summary>Binary output: the calibrated probability of the positive class.</summary>
public sealed class ProbabilityRow
{
    public float Probability { get; set; }
}
