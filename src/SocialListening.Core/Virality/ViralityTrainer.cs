namespace SocialListening.Core.Virality;

/// <summary>Cross-validated figures at one observation age, pooled over all folds of all repeats.</summary>
public sealed record CrossValidationResult(double ObserveSeconds, int Cascades, int Folds, int Repeats, double ModelMedianApe, double BaselineMedianApe, double LogErrorSd);

/// <summary>
/// Fits the growth models (one per observation age) by median regression on <see cref="CascadeFeatures"/>, the
/// ridge penalty chosen from <see cref="Lambdas"/> by an inner cross-validation, and measures them by repeated
/// k-fold cross-validation (the penalty chosen again inside every outer training fold) against the naive baseline.
/// </summary>
public sealed record ViralityTrainer(Seismic Seismic, IReadOnlyList<double> Lambdas, double FlagThreshold = 5000, int InnerFolds = 5)
{
    public const string Method = "seismic-features-median-ridge";

    public ViralityModel Fit(IReadOnlyList<Cascade> cascades, IEnumerable<double> observeSeconds, IReadOnlyDictionary<double, double>? logErrorSd = null) =>
        new(Method, Seismic, CascadeFeatures.Names,
            observeSeconds.Select(t => FitHorizon(cascades, t, logErrorSd?.GetValueOrDefault(t) ?? 0)).ToArray(), FlagThreshold);

    public HorizonModel FitHorizon(IReadOnlyList<Cascade> cascades, double observeSeconds, double logErrorSd)
    {
        var set = Prepare(cascades, observeSeconds);
        var all = Enumerable.Range(0, cascades.Count).ToArray();
        var lambda = SelectLambda(set, all, new Random(0));
        return new HorizonModel(observeSeconds, Regress(set, all, lambda), lambda, NaiveBaseline.FitRatio(cascades, observeSeconds), logErrorSd);
    }

    public CrossValidationResult CrossValidate(IReadOnlyList<Cascade> cascades, double observeSeconds, int folds, int repeats, int seed)
    {
        if (folds < 2 || folds > cascades.Count) throw new ArgumentOutOfRangeException(nameof(folds), "need 2 to N folds");
        var random = new Random(seed);
        var set = Prepare(cascades, observeSeconds);
        var model = new List<(double, double)>();
        var baseline = new List<(double, double)>();
        var logErrors = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var order = Enumerable.Range(0, cascades.Count).ToArray();
            random.Shuffle(order);
            for (var k = 0; k < folds; k++)
            {
                var train = Fold(order, folds, k, inFold: false);
                var growth = Regress(set, train, SelectLambda(set, train, random));
                var ratio = NaiveBaseline.FitRatio(train.Select(i => cascades[i]), observeSeconds);
                foreach (var i in Fold(order, folds, k, inFold: true))
                {
                    var c = cascades[i];
                    var predicted = ViralityPredictor.FinalFromGrowth(set.Seen[i], growth.Predict(set.X[i]));
                    model.Add((predicted, c.FinalSize));
                    baseline.Add((NaiveBaseline.Predict(c, observeSeconds, ratio), c.FinalSize));
                    logErrors.Add(Math.Log(predicted + 1) - Math.Log(c.FinalSize + 1));
                }
            }
        }
        var sd = Math.Sqrt(logErrors.Average(e => e * e));
        return new CrossValidationResult(observeSeconds, cascades.Count, folds, repeats, ErrorMetrics.MedianApe(model), ErrorMetrics.MedianApe(baseline), sd);
    }

    /// <summary>The penalty with the lowest median APE in an inner k-fold split of <paramref name="rows"/>.</summary>
    private double SelectLambda(TrainingSet set, int[] rows, Random random)
    {
        if (Lambdas.Count == 1) return Lambdas[0];
        var order = rows.ToArray();
        random.Shuffle(order);
        var folds = Math.Min(InnerFolds, order.Length);
        return Lambdas.MinBy(lambda =>
        {
            var errors = new List<(double, double)>();
            for (var k = 0; k < folds; k++)
            {
                var growth = Regress(set, Fold(order, folds, k, inFold: false), lambda);
                foreach (var i in Fold(order, folds, k, inFold: true))
                    errors.Add((ViralityPredictor.FinalFromGrowth(set.Seen[i], growth.Predict(set.X[i])), set.Final[i]));
            }
            return ErrorMetrics.MedianApe(errors);
        });
    }

    private static LinearModel Regress(TrainingSet set, int[] rows, double lambda) =>
        RidgeRegression.FitLeastAbsolute(rows.Select(i => set.X[i]).ToArray(), rows.Select(i => set.Y[i]).ToArray(), lambda);

    private static int[] Fold(int[] order, int folds, int k, bool inFold) =>
        order.Where((_, i) => (i % folds == k) == inFold).ToArray();

    /// <summary>Features do not depend on the fold, so they are computed once per cascade.</summary>
    private TrainingSet Prepare(IReadOnlyList<Cascade> cascades, double observeSeconds)
    {
        var seen = cascades.Select(c => c.EventsUpTo(observeSeconds)).ToArray();
        return new TrainingSet(
            cascades.Select((c, i) => CascadeFeatures.Compute(c.Events, seen[i], observeSeconds, CascadeFeatures.TimeOfDay(c), Seismic)).ToArray(),
            cascades.Select((c, i) => Math.Log(c.FinalSize + 1.0) - Math.Log(Math.Max(seen[i], 1))).ToArray(),
            seen,
            cascades.Select(c => (double)c.FinalSize).ToArray());
    }

    private sealed record TrainingSet(double[][] X, double[] Y, int[] Seen, double[] Final);
}
