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
    /// <summary>
    /// Least absolute deviations (a median regression) by iteratively reweighted ridge: the metric is a median,
    /// and a few cascades that grow 50-fold should not pull every forecast up.
    /// </summary>
    public static LinearModel FitLeastAbsolute(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double lambda, int iterations = 30)
    {
        var model = Fit(x, y, lambda);
        var weights = new double[y.Count];
        for (var it = 0; it < iterations; it++)
        {
            for (var i = 0; i < y.Count; i++) weights[i] = 1 / Math.Max(Math.Abs(y[i] - model.Predict(x[i])), 0.02);
            var total = weights.Sum();
            for (var i = 0; i < y.Count; i++) weights[i] *= y.Count / total;
            model = Fit(x, y, lambda, weights);
        }
        return model;
    }

    public static LinearModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double lambda, IReadOnlyList<double>? weights = null)
    {
        if (x.Count == 0 || x.Count != y.Count) throw new ArgumentException("need as many targets as rows, and at least one row");
        var k = x[0].Length;
        var w = weights ?? Enumerable.Repeat(1.0, y.Count).ToArray();
        var means = new double[k];
        var scales = new double[k];
        for (var j = 0; j < k; j++)
        {
            means[j] = x.Average(r => r[j]);
            var variance = x.Average(r => (r[j] - means[j]) * (r[j] - means[j]));
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }
        // Standardisation stays unweighted; centring is weighted so that the intercept stays exact.
        var wSum = w.Sum();
        var yMean = Enumerable.Range(0, y.Count).Sum(i => w[i] * y[i]) / wSum;
        var zMean = new double[k];
        for (var j = 0; j < k; j++) zMean[j] = Enumerable.Range(0, y.Count).Sum(i => w[i] * (x[i][j] - means[j]) / scales[j]) / wSum;
        // With centred features the intercept is the mean target; the weights solve (Z'Z + λI) w = Z'(y − ȳ).
        var a = new double[k, k];
        var b = new double[k];
        for (var i = 0; i < x.Count; i++)
        {
            var z = new double[k];
            for (var j = 0; j < k; j++) z[j] = (x[i][j] - means[j]) / scales[j] - zMean[j];
            for (var j = 0; j < k; j++)
            {
                b[j] += w[i] * z[j] * (y[i] - yMean);
                for (var l = 0; l < k; l++) a[j, l] += w[i] * z[j] * z[l];
            }
        }
        for (var j = 0; j < k; j++) a[j, j] += lambda;
        var weightsOut = Solve(a, b);
        // The model applies weights to z (not z − z̄), so the intercept absorbs the weighted centring.
        var intercept = yMean - Enumerable.Range(0, k).Sum(j => weightsOut[j] * zMean[j]);
        return new LinearModel(means, scales, intercept, weightsOut);
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
