using System.Globalization;
using SocialListening.Core.Index;

namespace SocialListening.Search.Lucene;

/// <summary>Cuts epoch milliseconds into hour, day or ISO-week (Monday) buckets in a fixed offset.</summary>
internal static class DateBuckets
{
    public static long Floor(long epochMs, DateInterval interval, TimeSpan offset)
    {
        var local = DateTimeOffset.FromUnixTimeMilliseconds(epochMs).ToOffset(offset);
        var floored = interval switch
        {
            DateInterval.Hour => new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, offset),
            DateInterval.Day => new DateTimeOffset(local.Date, offset),
            _ => new DateTimeOffset(local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7)), offset),
        };
        return floored.ToUnixTimeMilliseconds();
    }

    public static string Format(long bucketStartMs, DateInterval interval, TimeSpan offset)
    {
        var local = DateTimeOffset.FromUnixTimeMilliseconds(bucketStartMs).ToOffset(offset);
        return interval == DateInterval.Hour
            ? local.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
