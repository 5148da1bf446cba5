namespace SocialListening.Core.Index;

public enum DateInterval
{
    Hour,
    Day,
    Week,
}

/// <summary>
/// Group the matching mentions by <see cref="GroupBy"/> (a keyword field such as brand or theme, or published_at
/// with an <see cref="Interval"/>) and, within each group, by <see cref="ThenBy"/> (a keyword field, usually brand).
/// A mention with several values (two brands) counts once in each of its groups.
/// </summary>
public sealed record AggregationRequest(MentionFilter Filter, string GroupBy)
{
    public string? ThenBy { get; init; }
    public DateInterval Interval { get; init; } = DateInterval.Day;
    /// <summary>Offset used to cut days and weeks (Europe/Paris is +01:00 in winter); UTC by default.</summary>
    public TimeSpan TimeZoneOffset { get; init; } = TimeSpan.Zero;
    /// <summary>At most this many groups, the largest first (date groups come in date order and are not cut).</summary>
    public int Size { get; init; } = 100;
}

public sealed record Bucket(string Key, long Count, IReadOnlyList<Bucket> Children);

/// <summary>The groups, and the number of mentions that matched the filter (some may belong to no group).</summary>
public sealed record AggregationResult(long Total, IReadOnlyList<Bucket> Buckets);
