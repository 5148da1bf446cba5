using System.Globalization;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Api.Features.Insights;

/// <summary>The territory report, period by period: one report per day or week that has mentions of the brand.</summary>
public sealed class TerritoryTrends(IMentionIndex index, BrandInsights insights)
{
    public const int MaxPeriods = 60;

    public async Task<IReadOnlyList<TerritoryTrendPoint>> ComputeAsync(Brand brand, MentionFilter filter, DateInterval interval, CancellationToken ct)
    {
        var periods = await index.AggregateAsync(
            new AggregationRequest(filter.WithTerm(MentionFields.Brand, brand.Id), MentionFields.PublishedAt) { Interval = interval }, ct).ConfigureAwait(false);
        var points = new List<TerritoryTrendPoint>();
        foreach (var period in periods.Buckets.TakeLast(MaxPeriods))
        {
            var start = Start(period.Key);
            var end = interval switch
            {
                DateInterval.Hour => start.AddHours(1),
                DateInterval.Day => start.AddDays(1),
                _ => start.AddDays(7),
            };
            // The period's window, narrowed by any window the caller gave.
            var window = filter with
            {
                From = filter.From is { } from && from > start ? from : start,
                To = filter.To is { } to && to < end ? to : end,
            };
            var report = await insights.TerritoryAsync(brand, window, ct).ConfigureAwait(false);
            points.Add(new TerritoryTrendPoint(
                period.Key,
                report.BrandMentions,
                report.Alignment,
                report.Themes.Select(t => new ThemeTrendValue(t.Theme, t.Association, t.ShareOfVoice)).ToArray()));
        }
        return points;
    }

    private static DateTimeOffset Start(string key) =>
        key.Length == 10
            ? new DateTimeOffset(DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(key, CultureInfo.InvariantCulture);
}
