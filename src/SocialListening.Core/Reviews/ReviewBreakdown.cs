using System.Globalization;
using SocialListening.Core.Mentions;

namespace SocialListening.Core.Reviews;

/// <summary>Review statistics of one brand overall, per theme and per ISO week (Monday, UTC).</summary>
public sealed record ReviewBreakdown(string Brand, ReviewStatistics Overall, IReadOnlyList<ReviewStatistics> ByTheme, IReadOnlyList<ReviewStatistics> ByWeek)
{
    public static ReviewBreakdown Compute(string brand, IReadOnlyList<Mention> reviews)
    {
        var rated = reviews.Where(r => r.Rating is >= 1 and <= 5).ToArray();
        static (int, Sentiment?) Pair(Mention m) => (m.Rating!.Value, m.Enrichment.Sentiment);
        var byTheme = rated
            .SelectMany(r => r.Enrichment.Themes.Distinct().Select(t => (Theme: t, Review: r)))
            .GroupBy(p => p.Theme, StringComparer.Ordinal)
            .Select(g => ReviewStatistics.Compute(g.Key, g.Select(p => Pair(p.Review))))
            .OrderByDescending(s => s.Reviews).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var byWeek = rated
            .GroupBy(r => WeekOf(r.PublishedAt))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ReviewStatistics.Compute(g.Key, g.Select(Pair)))
            .ToList();
        return new ReviewBreakdown(brand, ReviewStatistics.Compute(brand, rated.Select(Pair)), byTheme, byWeek);
    }

    private static string WeekOf(DateTimeOffset at)
    {
        var day = at.UtcDateTime.Date;
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
