namespace SocialListening.Analysis.TextClassification;

/// <summary>Splits labelled rows so that each label keeps its share on both sides; seeded, so reproducible.</summary>
public static class StratifiedSplit
{
    public static (List<LabelledText> Train, List<LabelledText> HeldOut) Split(IReadOnlyList<LabelledText> rows, double heldOutFraction, int seed)
    {
        var random = new Random(seed);
        var train = new List<LabelledText>();
        var heldOut = new List<LabelledText>();
        foreach (var group in rows.GroupBy(r => r.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            var k = (int)Math.Round(items.Length * heldOutFraction);
            if (items.Length > 1)
            {
                k = Math.Clamp(k, 1, items.Length - 1);
            }
            else
            {
                k = 0;
            }
            heldOut.AddRange(items.Take(k));
            train.AddRange(items.Skip(k));
        }
        return (train, heldOut);
    }
}
