using System.Globalization;
using System.Text;

namespace SocialListening.Analysis.TextClassification;

/// <summary>Per-class precision, recall and F1, accuracy and macro-F1 (over every label seen in gold or predicted).</summary>
public sealed record ClassificationReport(IReadOnlyList<ClassScores> Classes, double Accuracy, double MacroF1, int Count)
{
    public static ClassificationReport Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted differ in length");
        }
        var labels = gold.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var classes = new List<ClassScores>(labels.Count);
        foreach (var label in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i] == label;
                var p = predicted[i] == label;
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassScores(label, precision, recall, f1, tp + fn));
        }
        var correct = gold.Where((g, i) => g == predicted[i]).Count();
        var accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        var macro = classes.Count == 0 ? 0 : classes.Average(c => c.F1);
        return new ClassificationReport(classes, accuracy, macro, gold.Count);
    }

    /// <summary>A fixed-width table, one class a line.</summary>
    public string FormatTable()
    {
        var width = Math.Max(5, Classes.Count == 0 ? 5 : Classes.Max(c => c.Label.Length));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"class".PadRight(width)}  precision  recall  f1      support");
        foreach (var c in Classes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{c.Label.PadRight(width)}  {c.Precision,9:0.0000}  {c.Recall,6:0.0000}  {c.F1,6:0.0000}  {c.Support,7}");
        }
        return text.ToString();
    }
}

public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);
