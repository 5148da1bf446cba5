using System.Globalization;

namespace SocialListening.Cli.Virality;

/// <summary>Parses ages such as 90s, 30m, 1h, 6h, 1d, 1.5h (a bare number is seconds) and formats them back.</summary>
public static class Durations
{
    public static double ParseSeconds(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.Length > 0 && char.IsLetter(t[^1]) ? (t[..^1], t[^1]) : (t, 's');
        var scale = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => double.NaN };
        if (double.IsNaN(scale) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
            throw new FormatException($"not a duration: '{text}' (expected e.g. 30m, 1h, 6h, 1d)");
        return value * scale;
    }

    public static string Format(double seconds) =>
        seconds % 3600 == 0 ? $"{(seconds / 3600).ToString(CultureInfo.InvariantCulture)}h"
        : seconds % 60 == 0 ? $"{(seconds / 60).ToString(CultureInfo.InvariantCulture)}m"
        : $"{seconds.ToString(CultureInfo.InvariantCulture)}s";
}
