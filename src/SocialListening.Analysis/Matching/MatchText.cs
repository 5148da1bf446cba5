using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Matching;

/// <summary>A mention's text prepared once for all the patterns: folded words, hashtags and @handles.</summary>
internal sealed class MatchText
{
    public MatchText(string text)
    {
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        Words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Number:
                    Words.Add(token.Folded);
                    break;
                case TokenKind.Hashtag:
                    (Hashtags ??= []).Add(token.Folded);
                    // A hashtag is also a word of the sentence: "#panne" talks about a panne.
                    Words.Add(token.Folded);
                    break;
                case TokenKind.Mention:
                    (Handles ??= []).Add(token.Folded);
                    break;
            }
        }
    }

    public List<string> Words { get; }

    // Lists, not sets: a post has a handful of hashtags and handles at most, and most have none (no allocation then).
    public List<string>? Hashtags { get; private set; }
    public List<string>? Handles { get; private set; }

    /// <summary>Whether one of these tags is in <paramref name="names"/>.</summary>
    public static bool AnyIn(List<string>? tags, HashSet<string> names)
    {
        if (tags is null)
        {
            return false;
        }
        foreach (var tag in tags)
        {
            if (names.Contains(tag))
            {
                return true;
            }
        }
        return false;
    }
}
