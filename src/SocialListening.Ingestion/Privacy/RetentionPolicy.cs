using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Ingestion.Privacy;

/// <summary>
/// How long mentions are kept, counted from their publication date: a period per source (the <c>retention_days</c>
/// of a configured source, which applies to the mentions whose <c>source</c> is that name) and a default for every
/// other mention (file imports, sources without their own). A null period keeps mentions forever.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>Thirteen months: a year of history to compare against, plus a month of margin.</summary>
    public static readonly TimeSpan BuiltInDefault = TimeSpan.FromDays(395);

    /// <summary>Every night at 03:30 (Quartz cron, seconds first).</summary>
    public const string DefaultSchedule = "0 30 3 * * ?";

    public static readonly RetentionPolicy Standard = new();

    public TimeSpan? Default { get; init; } = BuiltInDefault;

    /// <summary>Periods by source name (compared folded, as the index stores it).</summary>
    public IReadOnlyDictionary<string, TimeSpan> PerSource { get; init; } = new Dictionary<string, TimeSpan>();

    public string Schedule { get; init; } = DefaultSchedule;

    public TimeSpan? For(string source) =>
        PerSource.FirstOrDefault(p => TextFolding.Fold(p.Key) == TextFolding.Fold(source)) is { Key: not null } own ? own.Value : Default;

    /// <summary>Mentions of this source published before the cut-off are past their retention.</summary>
    public DateTimeOffset? Cutoff(string source, DateTimeOffset now) => For(source) is { } period ? now - period : null;

    public bool IsExpired(Mention mention, DateTimeOffset now) => Cutoff(mention.Source, now) is { } cutoff && mention.PublishedAt < cutoff;
}
