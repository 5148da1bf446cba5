namespace SocialListening.Analysis.Topics;

/// <summary>
/// A topic found in a set of mentions: labelled by its most distinctive phrases, with its size, sentiment mix,
/// trend (mentions in the second half of the period over the first half), the configured themes its mentions
/// carry, and whether it is emerging or outside the brand's territory (with a suggested theme).
/// </summary>
public sealed record DiscoveredTopic(
    int Id,
    string Label,
    IReadOnlyList<string> Phrases,
    string Lang,
    int Mentions,
    double Share,
    double Positive,
    double Neutral,
    double Negative,
    double Trend,
    IReadOnlyDictionary<string, double> Themes,
    double TerritoryCoverage,
    bool Emerging,
    bool TerritoryGap,
    string? Suggestion)
{
    /// <summary>The configured theme (outside the territory) that most of this gap topic's mentions carry, if any.</summary>
    public string? SuggestedTheme { get; init; }
}
