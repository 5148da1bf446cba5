using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>
/// Chooses the probability from which a text counts as a complaint by k-fold cross-validation on the training rows:
/// each fold is scored by a model trained on the others, and the threshold that maximises macro-F1 over all these
/// out-of-fold scores wins. Complaints are the minority class, so the best threshold is rarely 0.5; choosing it on
/// training folds keeps the validation split untouched.
/// </summary>
public static class ComplaintThreshold
{
    public static double Tune(IReadOnlyList<LabelledText> rows, string trainer, int seed, int folds = 4)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        new Random(seed).Shuffle(order);
        var probabilities = new double[rows.Count];
        for (var f = 0; f < folds; f++)
        {
            var test = order.Where((_, i) => i % folds == f).ToArray();
            var train = order.Where((_, i) => i % folds != f).Select(i => rows[i]).ToList();
            var model = ComplaintTrainer.Train(train, trainer, seed);
            var scores = model.Probabilities([.. test.Select(i => rows[i].Text)]);
            for (var k = 0; k < test.Length; k++)
            {
                probabilities[test[k]] = scores[k];
            }
        }
        var gold = rows.Select(r => r.Label == "1" ? "1" : "0").ToArray();
        var best = (F1: -1.0, Threshold: 0.5);
        for (var t = 0.20; t <= 0.801; t += 0.02)
        {
            var predicted = probabilities.Select(p => p >= t ? "1" : "0").ToArray();
            var f1 = ClassificationReport.Compute(gold, predicted).MacroF1;
            if (f1 > best.F1)
            {
                best = (f1, Math.Round(t, 2));
            }
        }
        return best.Threshold;
    }
}
