using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>
/// The complaint data: the shared English tweets (Preotiuc-Pietro et al. 2019), split by file order with the last
/// fifth held out for validation (the split the acceptance check scores), and the French sets written for the project.
/// </summary>
public static class ComplaintData
{
    public const string SharedFile = "complaints/preotiuc2019/train.csv";

    /// <summary>Rows with label "1" (complaint) or "0"; any CSV with text and label columns.</summary>
    public static IReadOnlyList<LabelledText> LoadCsv(string path) => LabelledText.LoadCsv(path, "text", "label");

    /// <summary>The first 80% of the rows for training, the last 20% (rounded up, as Python's rows[-n//5:]) for validation.</summary>
    public static (IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Validation) SplitLastFifth(IReadOnlyList<LabelledText> rows)
    {
        var validation = (rows.Count + 4) / 5;
        return ([.. rows.Take(rows.Count - validation)], [.. rows.Skip(rows.Count - validation)]);
    }

    public static IReadOnlyList<LabelledText> FrenchTrain() => ProjectData.Load("Complaints/fr-train.csv", "text", "label");

    public static IReadOnlyList<LabelledText> FrenchEvaluation() => ProjectData.Load("Complaints/fr-eval.csv", "text", "label");
}
