namespace SocialListening.Core.Territory;

/// <summary>
/// How a brand's conversation sits on its territory: for each theme, the share of the brand's mentions on it
/// (association) against the share it wants (target), and its share of voice on the theme against its competitors.
/// </summary>
public sealed record TerritoryReport(
    string Brand,
    long BrandMentions,
    IReadOnlyList<ThemePosition> Themes,
    double Alignment);

/// <param name="Theme">Theme id.</param>
/// <param name="Mentions">The brand's mentions on the theme.</param>
/// <param name="Association">Mentions on the theme / all the brand's mentions (themes overlap: these do not add up to 1).</param>
/// <param name="Target">The share wanted, or null for a theme outside the brand's territory.</param>
/// <param name="ShareOfVoice">The brand's share of the competitive set's mentions on the theme.</param>
/// <param name="Leader">The brand with the largest share of voice on the theme.</param>
/// <param name="RatioToLeader">The brand's share of voice divided by the leader's (1 when it leads).</param>
public sealed record ThemePosition(
    string Theme,
    long Mentions,
    double Association,
    double? Target,
    double ShareOfVoice,
    string Leader,
    double RatioToLeader,
    IReadOnlyList<BrandShare> Competitors);
