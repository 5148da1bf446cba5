using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>Scores a complaint model on labelled rows: per class ("complaint", "not_complaint") and macro-F1.</summary>
public static class ComplaintEvaluation
{
    public static ClassificationReport Evaluate(ComplaintModel model, IReadOnlyList<LabelledText> rows)
    {
        var probabilities = model.Probabilities([.. rows.Select(r => r.Text)]);
        var gold = rows.Select(r => Name(r.Label == "1")).ToArray();
        var predicted = probabilities.Select(p => Name(model.IsComplaint(p))).ToArray();
        return ClassificationReport.Compute(gold, predicted);
    }

    private static string Name(bool complaint) => complaint ? "complaint" : "not_complaint";
}
