namespace DemoCorpus;

public static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Pick<T>(this Random random, IReadOnlyList<(T Item, double Weight)> weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return weighted[^1].Item;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A log-normal draw: most values near the median, a long tail of large ones (followers, likes).</summary>
    public static double LogNormal(this Random random, double median, double sigma)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(sigma * normal);
    }
}
