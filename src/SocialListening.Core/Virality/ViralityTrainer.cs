namespace SocialListening.Core.Virality;

/// <summary>Cross-validated figures at one observation age: pooled over all folds of all repeats.</summary>
public sealed record CrossValidationResult(double ObserveSeconds, int Cascades, int Folds, int Repeats, double ModelMedianApe, double BaselineMedianApe, double LogErrorSd);

/// <summary>
/// Fits the growth models (one per observation age) and measures them by repeated k-fold cross-validation against
/// the naive baseline fitted on the same training folds.
/// </summary>
public sealed record ViralityTrainer(Seismic Seismic, double Lambda = 10, double FlagThreshold = 5000)
{
    public const string Method = "seismic-features-ridge";

    public ViralityModel Fit(IReadOnlyList<Cascade> cascades, IEnumerable<double> observeSeconds, IReadOnlyDictionary<double, double>? logErrorSd = null) =>
        new(Method, Seismic, CascadeFeatures.Names,
            observeSeconds.Select(t => FitHorizon(cascades, t, logErrorSd?.GetValueOrDefault(t) ?? 0)).ToArray(), FlagThreshold);

    public HorizonModel FitHorizon(IReadOnlyList<Cascade> cascades, double observeSeconds, double logErrorSd)
    {
        var x = cascades.Select(c => Features(c, observeSeconds)).ToArray();
        var y = cascades.Select(c => Target(c, observeSeconds)).ToArray();
        return new HorizonModel(observeSeconds, RidgeRegression.Fit(x, y, Lambda), NaiveBaseline.FitRatio(cascades, observeSeconds), logErrorSd);
    }

    private static int[] Where(int[] order, int folds, int k, bool inFold) =>
        order.Where((_, i) => (i % folds == k) == inFold).ToArray();

    public CrossValidationResult CrossValidate(IReadOnlyList<Cascade> cascades, double observeSeconds, int folds, int repeats, int seed)
    {
        if (folds < 2 || folds > cascades.Count) throw new ArgumentOutOfRangeException(nameof(folds), "need 2 to N folds");
        var random = new Random(seed);
        // Features do not depend on the fold, so they are computed once per cascade.
        var x = cascades.Select(c => Features(c, observeSeconds)).ToArray();
        var y = cascades.Select(c => Target(c, observeSeconds)).ToArray();
        var model = new List<(double, double)>();
        var baseline = new List<(double, double)>();
        var logErrors = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var order = Enumerable.Range(0, cascades.Count).ToArray();
            random.Shuffle(order);
            for (var k = 0; k < folds; k++)
            {
                var train = Where(order, folds, k, inFold: false);
                var growth = RidgeRegression.Fit(train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(), Lambda);
                var ratio = NaiveBaseline.FitRatio(train.Select(i => cascades[i]), observeSeconds);
                foreach (var i in Where(order, folds, k, inFold: true))
                {
                    var c = cascades[i];
                    var predicted = ViralityPredictor.FinalFromGrowth(c.EventsUpTo(observeSeconds), growth.Predict(x[i]));
                    model.Add((predicted, c.FinalSize));
                    baseline.Add((NaiveBaseline.Predict(c, observeSeconds, ratio), c.FinalSize));
                    logErrors.Add(Math.Log(predicted + 1) - Math.Log(c.FinalSize + 1));
                }
            }
        }
        var sd = Math.Sqrt(logErrors.Average(e => e * e));
        return new CrossValidationResult(observeSeconds, cascades.Count, folds, repeats, ErrorMetrics.MedianApe(model), ErrorMetrics.MedianApe(baseline), sd);
    }

    private double[] Features(Cascade c, double observeSeconds) =>
        CascadeFeatures.Compute(c.Events, c.EventsUpTo(observeSeconds), observeSeconds, CascadeFeatures.TimeOfDay(c), Seismic);

    private static double Target(Cascade c, double observeSeconds) =>
        Math.Log(c.FinalSize + 1.0) - Math.Log(Math.Max(c.EventsUpTo(observeSeconds), 1));
}
