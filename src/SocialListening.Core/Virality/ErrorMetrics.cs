namespace SocialListening.Core.Virality;

/// <summary>Errors of size forecasts.</summary>
public static class ErrorMetrics
{
    /// <summary>|predicted − actual| / actual; actual must be positive.</summary>
    public static double AbsolutePercentageError(double predicted, double actual) =>
        actual > 0 ? Math.Abs(predicted - actual) / actual : throw new ArgumentOutOfRangeException(nameof(actual), "the actual size must be positive");

    public static double MedianApe(IEnumerable<(double Predicted, double Actual)> pairs) =>
        Median(pairs.Select(p => AbsolutePercentageError(p.Predicted, p.Actual)));

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no values", nameof(values));
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
