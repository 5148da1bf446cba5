namespace SocialListening.Core.Virality;

/// <summary>
/// Scale-free features of a cascade seen up to an observation time T, for the log-linear growth model. None of them
/// is the cascade's absolute size: the training cascades all exceed 2,000 shares, and a size feature would learn
/// that selection ("every cascade ends near 2,400") instead of the dynamics.
/// </summary>
public static class CascadeFeatures
{
    public static readonly IReadOnlyList<string> Names =
        ["seismic_growth", "remaining_exposure", "recent_10pct", "recent_25pct", "recent_50pct", "followers_per_event", "recent_follower_share", "day_sin", "day_cos"];

    private const double SecondsPerDay = 86_400;

    /// <param name="events">Events in time order, the original post first.</param>
    /// <param name="count">How many of <paramref name="events"/> happened by <paramref name="observeSeconds"/>.</param>
    /// <param name="postTimeOfDaySeconds">Seconds since midnight when the original was posted (the daily rhythm).</param>
    public static double[] Compute(IReadOnlyList<CascadeEvent> events, int count, double observeSeconds, double postTimeOfDaySeconds, Seismic seismic)
    {
        var n = Math.Max(count, 1);
        var logN = Math.Log(n);
        var estimate = seismic.Estimate(events, count, observeSeconds);
        double recentFollowers = 0;
        for (var i = 0; i < count; i++)
            if (events[i].Seconds > observeSeconds / 2) recentFollowers += events[i].Followers;
        var phase = 2 * Math.PI * ((postTimeOfDaySeconds + observeSeconds) % SecondsPerDay) / SecondsPerDay;
        return
        [
            Math.Log(Math.Max(estimate.PredictedEvents, n)) - logN,
            Math.Log(1 + estimate.RemainingExposure) - logN,
            Math.Log(1 + CountAfter(events, count, observeSeconds * 0.9)) - logN,
            Math.Log(1 + CountAfter(events, count, observeSeconds * 0.75)) - logN,
            Math.Log(1 + CountAfter(events, count, observeSeconds * 0.5)) - logN,
            Math.Log(1 + estimate.FollowerExposure) - logN,
            Math.Log(1 + recentFollowers) - Math.Log(1 + estimate.FollowerExposure),
            Math.Sin(phase),
            Math.Cos(phase),
        ];
    }

    /// <summary>Seconds since midnight of a cascade's original post, from its start time in days.</summary>
    public static double TimeOfDay(Cascade cascade) => (cascade.StartDays - Math.Floor(cascade.StartDays)) * SecondsPerDay;

    private static int CountAfter(IReadOnlyList<CascadeEvent> events, int count, double seconds)
    {
        var after = 0;
        for (var i = count - 1; i >= 0 && events[i].Seconds > seconds; i--) after++;
        return after;
    }
}
