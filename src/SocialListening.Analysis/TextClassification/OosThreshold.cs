namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Chooses the confidence under which a prediction becomes out-of-scope: the threshold that maximises in-scope
/// accuracy plus out-of-scope recall on held-out rows (each counts as much, whatever the share of out-of-scope rows); among tied thresholds, the middle one.
/// </summary>
public static class OosThreshold
{
    public static double Choose(IReadOnlyList<string> gold, IReadOnlyList<ClassPrediction> predictions, string oosLabel)
    {
        var inScope = gold.Count(g => g != oosLabel);
        var oos = gold.Count - inScope;
        var candidates = predictions.Select(p => p.Confidence).Append(0).Distinct().Order().ToArray();
        var scores = new double[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var t = candidates[c];
            int inCorrect = 0, oosCaught = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var label = predictions[i].Confidence < t ? oosLabel : predictions[i].TopLabel;
                if (gold[i] == oosLabel)
                {
                    oosCaught += label == oosLabel ? 1 : 0;
                }
                else
                {
                    inCorrect += label == gold[i] ? 1 : 0;
                }
            }
            scores[c] = (inScope == 0 ? 0 : (double)inCorrect / inScope) + (oos == 0 ? 0 : (double)oosCaught / oos);
        }
        // Several thresholds often tie (always on small data): take the middle one, the farthest from both edges.
        var top = scores.Max();
        var tied = Enumerable.Range(0, candidates.Length).Where(c => scores[c] >= top - 1e-12).ToArray();
        return candidates[tied[tied.Length / 2]];
    }
}
