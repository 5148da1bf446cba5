namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Chooses the confidence under which a prediction becomes out-of-scope: the threshold that maximises in-scope
/// accuracy plus out-of-scope recall on held-out rows (each counts as much, whatever the share of out-of-scope rows).
/// </summary>
public static class OosThreshold
{
    public static double Choose(IReadOnlyList<string> gold, IReadOnlyList<ClassPrediction> predictions, string oosLabel)
    {
        var inScope = gold.Count(g => g != oosLabel);
        var oos = gold.Count - inScope;
        var candidates = predictions.Select(p => p.Confidence).Append(0).Distinct().Order().ToArray();
        var best = (Score: double.MinValue, Threshold: 0.0);
        foreach (var t in candidates)
        {
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
            var score = (inScope == 0 ? 0 : (double)inCorrect / inScope) + (oos == 0 ? 0 : (double)oosCaught / oos);
            if (score > best.Score)
            {
                best = (score, t);
            }
        }
        return best.Threshold;
    }
}
