namespace SocialListening.Core.Virality;

/// <summary>
/// A linear model on standardised features. Standardised values are clipped to ±<see cref="MaxZ"/> so that an
/// out-of-range feature on an unusual cascade cannot blow the log-scale forecast up.
/// </summary>
public sealed record LinearModel(double[] Means, double[] Scales, double Intercept, double[] Weights)
{
    public const double MaxZ = 5;

    public double Predict(IReadOnlyList<double> x)
    {
        if (x.Count != Weights.Length) throw new ArgumentException($"expected {Weights.Length} features, got {x.Count}", nameof(x));
        var y = Intercept;
        for (var j = 0; j < Weights.Length; j++)
            y += Weights[j] * Math.Clamp((x[j] - Means[j]) / Scales[j], -MaxZ, MaxZ);
        return y;
    }
}

/// <summary>Ridge regression (L2 penalty on the standardised weights, none on the intercept), solved exactly.</summary>
public static class RidgeRegression
{
    public static LinearModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double lambda)
    {
        if (x.Count == 0 || x.Count != y.Count) throw new ArgumentException("need as many targets as rows, and at least one row");
        var k = x[0].Length;
        var means = new double[k];
        var scales = new double[k];
        for (var j = 0; j < k; j++)
        {
            means[j] = x.Average(r => r[j]);
            var variance = x.Average(r => (r[j] - means[j]) * (r[j] - means[j]));
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        var yMean = y.Average();
        // With centred features the intercept is the mean target; the weights solve (Z'Z + λI) w = Z'(y − ȳ).
        var a = new double[k, k];
        var b = new double[k];
        for (var i = 0; i < x.Count; i++)
        {
            var z = new double[k];
            for (var j = 0; j < k; j++) z[j] = (x[i][j] - means[j]) / scales[j];
            for (var j = 0; j < k; j++)
            {
                b[j] += z[j] * (y[i] - yMean);
                for (var l = 0; l < k; l++) a[j, l] += z[j] * z[l];
            }
        }
        for (var j = 0; j < k; j++) a[j, j] += lambda;
        return new LinearModel(means, scales, yMean, Solve(a, b));
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var k = b.Length;
        for (var c = 0; c < k; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < k; r++) if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c])) pivot = r;
            if (Math.Abs(a[pivot, c]) < 1e-12) throw new InvalidOperationException("singular system: add a ridge penalty");
            if (pivot != c)
            {
                for (var l = 0; l < k; l++) (a[c, l], a[pivot, l]) = (a[pivot, l], a[c, l]);
                (b[c], b[pivot]) = (b[pivot], b[c]);
            }
            for (var r = c + 1; r < k; r++)
            {
                var f = a[r, c] / a[c, c];
                for (var l = c; l < k; l++) a[r, l] -= f * a[c, l];
                b[r] -= f * b[c];
            }
        }
        var w = new double[k];
        for (var c = k - 1; c >= 0; c--)
        {
            var s = b[c];
            for (var l = c + 1; l < k; l++) s -= a[c, l] * w[l];
            w[c] = s / a[c, c];
        }
        return w;
    }
}
