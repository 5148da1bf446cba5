using System.Globalization;
using SocialListening.Core.Index;

namespace SocialListening.Api.Features.Search;

/// <summary>
/// The index returns only the periods that have mentions; a timeline needs the empty ones too, or a quiet week
/// disappears from the chart. Fills the gaps between the first and last period with zero counts.
/// </summary>
public static class DateSeries
{
    public const int MaxPoints = 5000;

    public static IReadOnlyList<FacetValue> Fill(IReadOnlyList<Bucket> buckets, DateInterval interval)
    {
        if (buckets.Count < 2)
        {
            return buckets.Select(b => new FacetValue(b.Key, b.Count)).ToArray();
        }
        var counts = buckets.ToDictionary(b => Parse(b.Key), b => b.Count);
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var filled = new List<FacetValue>();
        for (var at = first; at <= last && filled.Count < MaxPoints; at = Next(at, interval))
        {
            filled.Add(new FacetValue(Format(at, interval), counts.GetValueOrDefault(at)));
        }
        return filled;
    }

    private static DateTimeOffset Next(DateTimeOffset at, DateInterval interval) => interval switch
    {
        DateInterval.Hour => at.AddHours(1),
        DateInterval.Day => at.AddDays(1),
        _ => at.AddDays(7),
    };

    private static DateTimeOffset Parse(string key) =>
        key.Length == 10
            ? new DateTimeOffset(DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(key, CultureInfo.InvariantCulture);

    private static string Format(DateTimeOffset at, DateInterval interval) =>
        interval == DateInterval.Hour
            ? at.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)
            : at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
