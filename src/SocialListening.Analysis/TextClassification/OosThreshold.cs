namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Chooses the confidence under which a prediction becomes out-of-scope, on held-out rows: the highest threshold
/// that costs at most <c>maxInScopeLoss</c> of in-scope accuracy compared with no rejection. Raising the threshold can
/// only catch more out-of-scope rows and lose more in-scope ones, so this buys the most out-of-scope recall for a
/// fixed, stated in-scope price. (Balancing the two equally over-rejects: held-out out-of-scope rows are few, and
/// each in-scope error costs the user more.) The value is the middle of the admissible gap, for a margin.
/// </summary>
public static class OosThreshold
{
    public const double DefaultMaxInScopeLoss = 0.01;

    public static double Choose(IReadOnlyList<string> gold, IReadOnlyList<ClassPrediction> predictions, string oosLabel, double maxInScopeLoss = DefaultMaxInScopeLoss)
    {
        var inScope = Enumerable.Range(0, gold.Count).Where(i => gold[i] != oosLabel).ToArray();
        if (inScope.Length == 0)
        {
            return 0;
        }
        // In-scope rows ordered by confidence: a threshold t rejects exactly those with confidence < t.
        var ordered = inScope.OrderBy(i => predictions[i].Confidence).ToArray();
        var correct = ordered.Count(i => predictions[i].TopLabel == gold[i]);
        var allowedLosses = (int)Math.Floor(maxInScopeLoss * inScope.Length + 1e-9);
        var lost = 0;
        var k = 0;
        // Reject in-scope rows from the least confident up while the correct ones lost stay within the budget.
        for (; k < ordered.Length; k++)
        {
            var next = predictions[ordered[k]].TopLabel == gold[ordered[k]] ? 1 : 0;
            if (lost + next > allowedLosses)
            {
                break;
            }
            lost += next;
        }
        if (correct == 0 || k == 0)
        {
            return k == 0 && ordered.Length > 0 ? predictions[ordered[0]].Confidence / 2 : 0;
        }
        var below = predictions[ordered[k - 1]].Confidence;
        var above = k < ordered.Length ? predictions[ordered[k]].Confidence : 1.0;
        return (below + above) / 2;
    }
}
