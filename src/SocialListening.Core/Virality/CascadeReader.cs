using System.Globalization;

namespace SocialListening.Core.Virality;

/// <summary>
/// Reads the TiDeH cascade format: a first row `total start_days`, then one row per event `seconds followers`,
/// event 0 being the original post. Space or tab separated, culture-invariant numbers, blank lines ignored.
/// </summary>
public static class CascadeReader
{
    public static Cascade Read(TextReader reader, string id)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var events = new List<CascadeEvent>();
        int? total = null;
        double startDays = 0;
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0) continue;
            if (fields.Length != 2)
                throw Error(id, lineNumber, $"expected 2 fields, found {fields.Length}: '{line.Trim()}'");
            if (total is null)
            {
                total = int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && t >= 0
                    ? t : throw Error(id, lineNumber, $"the total number of shares must be a non-negative integer, found '{fields[0]}'");
                startDays = ParseNumber(fields[1], id, lineNumber, "start time");
                continue;
            }
            var seconds = ParseNumber(fields[0], id, lineNumber, "time");
            var followers = ParseNumber(fields[1], id, lineNumber, "follower count");
            if (seconds < 0 || followers < 0)
                throw Error(id, lineNumber, "time and follower count must not be negative");
            if (events.Count > 0 && seconds < events[^1].Seconds)
                throw Error(id, lineNumber, $"times must be sorted, {seconds.ToString(CultureInfo.InvariantCulture)} comes after {events[^1].Seconds.ToString(CultureInfo.InvariantCulture)}");
            events.Add(new CascadeEvent(seconds, followers));
        }
        if (total is null) throw new CascadeFormatException($"{id}: empty cascade file (no header row)");
        if (events.Count == 0) throw new CascadeFormatException($"{id}: no event rows (the original post is missing)");
        return new Cascade(id, total.Value, startDays, events);
    }

    private static double ParseNumber(string text, string id, int line, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(id, line, $"the {what} is not a number: '{text}'");

    private static CascadeFormatException Error(string id, int line, string message) => new($"{id}, line {line}: {message}");
}
