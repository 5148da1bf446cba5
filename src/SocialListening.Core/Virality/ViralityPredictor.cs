namespace SocialListening.Core.Virality;

/// <summary>Forecasts the final number of shares of a cascade seen for a while, with a fitted <see cref="ViralityModel"/>.</summary>
public sealed class ViralityPredictor(ViralityModel model)
{
    public ViralityModel Model => model;

    /// <summary>The forecast final share count of <paramref name="cascade"/> from its events up to <paramref name="observeSeconds"/>.</summary>
    public double PredictFinal(Cascade cascade, double observeSeconds) =>
        PredictFinal(cascade.Events, observeSeconds, CascadeFeatures.TimeOfDay(cascade));

    public double PredictFinal(IReadOnlyList<CascadeEvent> events, double observeSeconds, double postTimeOfDaySeconds)
    {
        var horizon = model.ClosestHorizon(observeSeconds);
        var seen = CountUpTo(events, observeSeconds);
        var features = CascadeFeatures.Compute(events, seen, observeSeconds, postTimeOfDaySeconds, model.Seismic);
        return FinalFromGrowth(seen, horizon.Growth.Predict(features));
    }

    /// <summary>Growth is modelled on events (the original included) so that a post with no share yet still has a scale.</summary>
    internal static double FinalFromGrowth(int eventsSeen, double logGrowth)
    {
        var final = Math.Max(eventsSeen, 1) * Math.Exp(logGrowth) - 1;
        return Math.Max(final, Math.Max(eventsSeen - 1, 0));
    }

    /// <summary>
    /// A mention's forecast from its engagement snapshots. The shares between two snapshots are spread evenly over
    /// the interval, and so are the followers they reached; the original post carries the author's followers.
    /// The score is P(final ≥ threshold) under the log-normal error measured in cross-validation.
    /// </summary>
    public ViralityForecast Forecast(EngagementHistory history, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var age = (history.ObservedAt - history.PostedAt).TotalSeconds;
        var events = history.ToEvents();
        var predicted = PredictFinal(events, age, history.PostedAt.UtcDateTime.TimeOfDay.TotalSeconds);
        var limit = threshold ?? model.FlagThreshold;
        var sd = Math.Max(model.ClosestHorizon(age).LogErrorSd, 1e-3);
        var score = NormalCdf((Math.Log(predicted + 1) - Math.Log(limit + 1)) / sd);
        return new ViralityForecast(events.Count - 1, predicted, score, predicted >= limit);
    }

    private static int CountUpTo(IReadOnlyList<CascadeEvent> events, double seconds)
    {
        var n = 0;
        while (n < events.Count && events[n].Seconds <= seconds) n++;
        return n;
    }

    /// <summary>Standard normal CDF (Abramowitz–Stegun 7.1.26 erf approximation, error below 1.5e-7).</summary>
    internal static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * x);
        var erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
