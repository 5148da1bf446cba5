using System.Globalization;
using SocialListening.Analysis.Evaluation;

namespace SocialListening.Cli.Commands;

/// <summary>Prints a classification report as plain aligned text: per-class figures, then the confusion matrix.</summary>
public static class ReportWriter
{
    public static void Write(TextWriter writer, ClassificationReport report)
    {
        var width = Math.Max(10, report.Labels.Max(l => l.Length) + 2);
        writer.WriteLine($"{"class".PadRight(width)}{"precision",10}{"recall",10}{"f1",10}{"support",10}");
        foreach (var c in report.Classes)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Label.PadRight(width)}{c.Precision,10:F4}{c.Recall,10:F4}{c.F1,10:F4}{c.Support,10}"));
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"accuracy".PadRight(width)}{report.Accuracy,30:F4}{report.Count,10}"));
        writer.WriteLine("confusion matrix (rows: gold, columns: predicted)");
        writer.WriteLine("".PadRight(width) + string.Concat(report.Labels.Select(l => l.PadLeft(width))));
        for (var g = 0; g < report.Labels.Count; g++)
        {
            writer.WriteLine(report.Labels[g].PadRight(width) + string.Concat(report.Confusion[g].Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(width))));
        }
    }
}
