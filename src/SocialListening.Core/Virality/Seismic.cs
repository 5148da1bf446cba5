namespace SocialListening.Core.Virality;

/// <summary>
/// The SEISMIC estimator: infectiousness measured on a recent window (the last few events, between
/// <see cref="MinWindowSeconds"/> and <see cref="MaxWindowSeconds"/>) as shares over kernel-weighted follower
/// exposure, and the final size of the branching process n + p·R / (1 − p·n*), R being the exposure still due.
/// </summary>
public sealed record Seismic(MemoryKernel Kernel, double NStar = 100, double MinWindowSeconds = 300, double MaxWindowSeconds = 7200, int MinWindowEvents = 50)
{
    /// <summary>A branching factor at or above 1 means an unbounded cascade; capping it keeps the forecast finite.</summary>
    private const double MaxBranching = 0.95;

    public SeismicEstimate Estimate(IReadOnlyList<CascadeEvent> events, int count, double observeSeconds)
    {
        if (count == 0) return new SeismicEstimate(0, 0, 0, 0);
        var window = count > MinWindowEvents ? observeSeconds - events[count - MinWindowEvents].Seconds : observeSeconds;
        window = Math.Clamp(window, MinWindowSeconds, MaxWindowSeconds);
        var windowStart = observeSeconds - window;
        double exposed = 0, remaining = 0, followers = 0;
        var inWindow = 0;
        for (var i = 0; i < count; i++)
        {
            var (t, d) = events[i];
            if (t >= windowStart) inWindow++;
            var since = Math.Max(windowStart, t) - t;
            exposed += d * (Kernel.Integral(observeSeconds - t) - Kernel.Integral(since));
            remaining += d * (Kernel.Total - Kernel.Integral(observeSeconds - t));
            followers += d;
        }
        var p = exposed > 0 ? inWindow / exposed : 0;
        var branching = Math.Min(p * NStar, MaxBranching);
        return new SeismicEstimate(p, remaining, followers, count + p * remaining / (1 - branching));
    }
}
