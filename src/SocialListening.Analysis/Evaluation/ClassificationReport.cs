namespace SocialListening.Analysis.Evaluation;

/// <summary>
/// Per-class precision, recall and F1, macro-F1, accuracy and the confusion matrix of a classifier's predictions.
/// <see cref="Confusion"/>[gold][predicted] counts examples. A class never predicted has precision 0, as
/// scikit-learn reports it, so macro-F1 is comparable with published figures.
/// </summary>
public sealed class ClassificationReport
{
    public ClassificationReport(IReadOnlyList<string> labels, IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels must have the same length.", nameof(predicted));
        }
        Labels = labels;
        var confusion = new int[labels.Count][];
        for (var i = 0; i < labels.Count; i++)
        {
            confusion[i] = new int[labels.Count];
        }
        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[gold[i]][predicted[i]]++;
            correct += gold[i] == predicted[i] ? 1 : 0;
        }
        Confusion = confusion;
        Count = gold.Count;
        Accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        var classes = new List<ClassMetrics>();
        for (var c = 0; c < labels.Count; c++)
        {
            var truePositives = confusion[c][c];
            var support = confusion[c].Sum();
            var predictedCount = confusion.Sum(row => row[c]);
            var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassMetrics(labels[c], precision, recall, f1, support));
        }
        Classes = classes;
        MacroF1 = classes.Count == 0 ? 0 : classes.Average(c => c.F1);
    }

    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<ClassMetrics> Classes { get; }
    public IReadOnlyList<IReadOnlyList<int>> Confusion { get; }
    public int Count { get; }
    public double Accuracy { get; }
    public double MacroF1 { get; }
}
