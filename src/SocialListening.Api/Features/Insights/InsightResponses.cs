namespace SocialListening.Api.Features.Insights;

/// <summary>The brand's alignment and theme associations in one period of the trend.</summary>
public sealed record TerritoryTrendPoint(string Period, long Mentions, double Alignment, IReadOnlyList<ThemeTrendValue> Themes);

public sealed record ThemeTrendValue(string Theme, double Association, double ShareOfVoice);

public sealed record TerritoryTrend(string Brand, string Interval, IReadOnlyList<TerritoryTrendPoint> Points);

/// <summary>Sentiment counts on one theme; <see cref="Unscored"/> mentions have no sentiment yet.</summary>
public sealed record ThemeSentiment(string Theme, long Mentions, long Negative, long Neutral, long Positive, long Unscored);

/// <summary>Sentiment per theme for a brand; <see cref="Scored"/> = 0 means the sentiment stage has not run on these mentions.</summary>
public sealed record SentimentByTheme(string Brand, long Mentions, long Scored, IReadOnlyList<ThemeSentiment> Themes);

/// <summary>A theme's mentions in the recent window against its average over the previous windows of the same length.</summary>
public sealed record EmergingTheme(string Theme, long Recent, double Baseline, double Growth, bool Emerging);

public sealed record EmergingThemes(string? Brand, DateTimeOffset From, DateTimeOffset To, int Days, IReadOnlyList<EmergingTheme> Themes);

/// <summary>The topics last saved for a brand by <see cref="Command"/>; <see cref="Report"/> is null until it has run.</summary>
public sealed record SavedTopics(string Brand, string Command, SocialListening.Analysis.Topics.TopicReport? Report);
