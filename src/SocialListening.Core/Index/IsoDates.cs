using System.Globalization;

namespace SocialListening.Core.Index;

/// <summary>
/// Dates as users write them in queries and options: a bare ISO date is a whole day in UTC, a date-time is an
/// instant (UTC when it has no offset).
/// </summary>
public static class IsoDates
{
    /// <param name="text">2026-11-02, 2026-11-02T09:00, 2026-11-02T09:00:00+01:00, 2026-11-02T08:00:00Z.</param>
    /// <param name="endOfDay">For a bare date, give the start of the next day (an exclusive end that covers the day).</param>
    /// <param name="value">The instant.</param>
    public static bool TryParse(string text, bool endOfDay, out DateTimeOffset value)
    {
        var trimmed = text.Trim().Trim('"');
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            value = endOfDay ? start.AddDays(1) : start;
            return true;
        }
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            && trimmed.Length >= 10 && char.IsDigit(trimmed[0]);
    }

    public const string Help = "an ISO date (2026-11-02) or date-time (2026-11-02T09:00:00+01:00)";
}
