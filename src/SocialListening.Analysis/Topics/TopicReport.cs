namespace SocialListening.Analysis.Topics;

/// <summary>The topics of a brand or competitive set over a period, as `sl topics` prints them and as the dashboards
/// read them back (<see cref="TopicReportFile"/>).</summary>
public sealed record TopicReport(string Scope, DateTimeOffset From, DateTimeOffset To, int Mentions, IReadOnlyList<DiscoveredTopic> Topics)
{
    /// <summary>When the topics were computed.</summary>
    public DateTimeOffset? ComputedAt { get; init; }

    public object ToJson(string? saved) => new
    {
        scope = Scope,
        from = From,
        to = To,
        mentions = Mentions,
        saved,
        topics = Topics.Select(t => new
        {
            id = t.Id,
            label = t.Label,
            phrases = t.Phrases,
            lang = t.Lang,
            mentions = t.Mentions,
            share = t.Share,
            sentiment = new { positive = t.Positive, neutral = t.Neutral, negative = t.Negative },
            trend = t.Trend,
            themes = t.Themes,
            territory_coverage = t.TerritoryCoverage,
            emerging = t.Emerging,
            territory_gap = t.TerritoryGap,
            suggestion = t.Suggestion,
            suggested_theme = t.SuggestedTheme,
        }),
        emerging = Topics.Where(t => t.Emerging).Select(t => t.Label),
        territory_gap = Topics.Where(t => t.TerritoryGap).Select(t => new { label = t.Label, suggestion = t.Suggestion }),
    };
}
