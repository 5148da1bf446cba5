using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Matching;

/// <summary>
/// A configured term as a sequence of folded words ("service client" is two), matched on word boundaries.
/// A last word ending in * matches any word it starts ("factur*" matches "facture", "facturation"); a word also
/// matches its plural in s or x, so "retard" matches "retards" and "réseau" matches "réseaux".
/// </summary>
internal sealed record TermPattern(string[] Words, bool Prefix)
{
    public static TermPattern? Parse(string term)
    {
        var prefix = term.TrimEnd().EndsWith('*');
        var words = SocialTokenizer.Tokenize(term.Trim().TrimEnd('*'))
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag or TokenKind.Mention)
            .Select(t => t.Folded)
            .ToArray();
        return words.Length == 0 ? null : new TermPattern(words, prefix);
    }

    public bool MatchesAt(IReadOnlyList<string> words, int start)
    {
        if (start + Words.Length > words.Count)
        {
            return false;
        }
        for (var i = 0; i < Words.Length; i++)
        {
            var last = i == Words.Length - 1;
            if (!WordMatches(Words[i], words[start + i], last && Prefix))
            {
                return false;
            }
        }
        return true;
    }

    private static bool WordMatches(string pattern, string word, bool prefix)
    {
        if (prefix)
        {
            return word.StartsWith(pattern, StringComparison.Ordinal);
        }
        return word == pattern
            || (word.Length == pattern.Length + 1 && word[^1] is 's' or 'x' && word.StartsWith(pattern, StringComparison.Ordinal));
    }
}
