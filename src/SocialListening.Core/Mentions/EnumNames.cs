namespace SocialListening.Core.Mentions;

/// <summary>The wire names of the enums (snake_case, lower case), used in files, queries and JSON.</summary>
public static class EnumNames
{
    public static string Name(this Sentiment value) => value switch
    {
        Sentiment.Negative => "negative",
        Sentiment.Neutral => "neutral",
        _ => "positive",
    };

    public static string Name(this JourneyStage value) => value switch
    {
        JourneyStage.Information => "information",
        JourneyStage.Purchase => "purchase",
        JourneyStage.Account => "account",
        JourneyStage.AfterSales => "after_sales",
        JourneyStage.Complaint => "complaint",
        _ => "other",
    };

    public static bool TryParseSentiment(string? text, out Sentiment value) => TryParse(text, Name, out value);

    public static bool TryParseStage(string? text, out JourneyStage value) => TryParse(text, Name, out value);

    private static bool TryParse<T>(string? text, Func<T, string> name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
