using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialListening.Ingestion.Sources.Reviews;

/// <summary>Brings a rating on any scale (4/5, 8/10, 92/100) to whole stars from 1 to 5.</summary>
public static partial class RatingScale
{
    public static int? ToStars(string? value, string? best, double defaultBest = 5)
    {
        if (value is null || FirstNumber(value) is not { } rating)
        {
            return null;
        }
        var top = best is not null && FirstNumber(best) is { } b && b > 0 ? b : defaultBest;
        if (rating < 0 || rating > top)
        {
            return null;
        }
        return Math.Clamp((int)Math.Round(rating / top * 5, MidpointRounding.AwayFromZero), 1, 5);
    }

    private static double? FirstNumber(string text) =>
        Number().Match(text) is { Success: true } m && double.TryParse(m.Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();
}
