namespace SocialListening.Core.Spikes;

/// <summary>Settings of hourly spike detection.</summary>
public sealed record SpikeOptions
{
    /// <summary>Hours before the tested hour that set the current level (default 12).</summary>
    public int RecentHours { get; init; } = 12;

    /// <summary>Days of history that set the daily profile, compared at the same hour of day (default 7; below 2, no profile).</summary>
    public int SeasonalDays { get; init; } = 7;

    /// <summary>An hour with fewer mentions never alerts, however unusual (default 10): quiet series stay quiet.</summary>
    public long MinimumCount { get; init; } = 10;

    /// <summary>The observed count must be at least this multiple of the expected one (default 1.5).</summary>
    public double MinimumRatio { get; init; } = 1.5;

    /// <summary>Upper-tail p-value at or below which the hour alerts (default 0.001).</summary>
    public double MaxPValue { get; init; } = 0.001;

    /// <summary>Floor of the expected count, so that a silent baseline does not make one mention infinitely unlikely (default 0.5).</summary>
    public double MinimumExpected { get; init; } = 0.5;
}
