using System.Text.Json;
using SocialListening.Analysis.Topics;
using SocialListening.Core.Mentions;

namespace SocialListening.Cli.Commands;

/// <summary>The topics of a brand or competitive set over a period, as printed and as saved for the dashboards
/// (DATA/insights/topics-SCOPE.json, replaced on every run).</summary>
public sealed record TopicReport(string Scope, DateTimeOffset From, DateTimeOffset To, int Mentions, IReadOnlyList<DiscoveredTopic> Topics)
{
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
        }),
        emerging = Topics.Where(t => t.Emerging).Select(t => t.Label),
        territory_gap = Topics.Where(t => t.TerritoryGap).Select(t => new { label = t.Label, suggestion = t.Suggestion }),
    };

    public static string Save(TopicReport report, string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "insights");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"topics-{report.Scope}.json");
        var options = new JsonSerializerOptions(MentionJson.SerializerOptions) { WriteIndented = true };
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report.ToJson(null), options));
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
