using SocialListening.Core.Text;

namespace SocialListening.Analysis.Sentiment;

/// <summary>Splits a hashtag written in camel case, with digits or underscores into folded words
/// (#TresDecu -> tres decu, #Fail2Day -> fail 2 day). An all-lower-case tag stays one word.</summary>
public static class HashtagSplitter
{
    public static List<string> Split(ReadOnlySpan<char> name)
    {
        if (name.Length > 0 && name[0] == '#')
        {
            name = name[1..];
        }
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || IsBoundary(name, i))
            {
                var part = name[start..i].Trim('_');
                if (part.Length > 0)
                {
                    parts.Add(TextFolding.Fold(part.ToString()));
                }
                start = i;
            }
        }
        return parts;
    }

    private static bool IsBoundary(ReadOnlySpan<char> name, int i)
    {
        char previous = name[i - 1], current = name[i];
        if (current == '_' || previous == '_')
        {
            return current != previous;
        }
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }
        // "TRESdecu" or "tresDecu": a new word starts at an upper-case letter after a lower-case one, or at the last
        // capital of a run of capitals followed by lower case ("SNCFVraiment" -> "SNCF", "Vraiment").
        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }
}
