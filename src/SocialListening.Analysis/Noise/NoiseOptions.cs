namespace SocialListening.Analysis.Noise;

/// <summary>How near a copy must be, how many stories are remembered, and what makes a burst spam.</summary>
public sealed record NoiseOptions
{
    /// <summary>Fingerprints at most this many bits apart are the same story (of 64).</summary>
    public int MaxDistance { get; init; } = 3;
    /// <summary>Texts with fewer words are never copies: many people write "panne réseau ?" on their own, and a
    /// short text's fingerprint is too coarse.</summary>
    public int MinWords { get; init; } = 8;
    /// <summary>A copy joins a story only within this time of the story's latest copy: copypasta spreads in days,
    /// while the same sentence written weeks apart is a new story.</summary>
    public TimeSpan StoryWindow { get; init; } = TimeSpan.FromDays(2);
    /// <summary>Stories remembered; the oldest are forgotten first.</summary>
    public int Capacity { get; init; } = 200_000;
    /// <summary>A burst: at least this many copies of a story from low-reach accounts within <see cref="BurstWindow"/>.</summary>
    public int BurstSize { get; init; } = 5;
    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>Accounts with fewer followers (or none known) are low-reach.</summary>
    public long LowReachFollowers { get; init; } = 100;
}
