namespace SocialListening.Core.Spikes;

/// <summary>
/// P(X ≥ k) for X ~ Poisson(λ), as the regularised lower incomplete gamma P(k, λ). k may be fractional, which
/// the quasi-Poisson scaling (k/φ, λ/φ) of over-dispersed counts needs.
/// </summary>
public static class PoissonTail
{
    public static double UpperTail(double k, double lambda)
    {
        if (k <= 0) return 1;
        if (lambda <= 0) return 0;
        return lambda < k + 1 ? LowerSeries(k, lambda) : 1 - UpperContinuedFraction(k, lambda);
    }

    // Series for P(a, x), convergent for x < a + 1.
    private static double LowerSeries(double a, double x)
    {
        double term = 1 / a, sum = term;
        for (var n = 1; n < 10_000; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * 1e-15) break;
        }
        return Math.Clamp(sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a)), 0, 1);
    }

    // Lentz continued fraction for Q(a, x) = 1 − P(a, x), convergent for x ≥ a + 1.
    private static double UpperContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15) break;
        }
        return Math.Clamp(Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h, 0, 1);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine coefficients; about 15 significant digits).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++) sum += g[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
