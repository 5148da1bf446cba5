using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Matching;

/// <summary>A mention's text prepared once for all the patterns: folded words, hashtags and @handles.</summary>
internal sealed class MatchText
{
    public MatchText(string text)
    {
        foreach (var token in SocialTokenizer.Tokenize(text))
        {
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Number:
                    Words.Add(token.Folded);
                    WordSet.Add(token.Folded);
                    break;
                case TokenKind.Hashtag:
                    Hashtags.Add(token.Folded);
                    // A hashtag is also a word of the sentence: "#panne" talks about a panne.
                    Words.Add(token.Folded);
                    WordSet.Add(token.Folded);
                    break;
                case TokenKind.Mention:
                    Handles.Add(token.Folded);
                    break;
            }
        }
    }

    public List<string> Words { get; } = [];
    public HashSet<string> WordSet { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Hashtags { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Handles { get; } = new(StringComparer.Ordinal);

    public bool ContainsAny(IEnumerable<TermPattern> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (!pattern.MayOccurIn(WordSet))
            {
                continue;
            }
            for (var i = 0; i < Words.Count; i++)
            {
                if (pattern.MatchesAt(Words, i))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
