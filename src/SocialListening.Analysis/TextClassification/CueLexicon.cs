namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Phrases (folded words, one or more) that map to a shared cue token such as "cue_wait". The same token for the
/// French and English phrasing lets a model trained mostly on English weigh a French cue it has rarely seen.
/// A phrase ending in '*' matches any word starting with it.
/// </summary>
public sealed class CueLexicon
{
    private readonly List<(string[] Words, string Cue)> _phrases = [];

    public CueLexicon Add(string cue, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            _phrases.Add((phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), "cue_" + cue));
        }
        return this;
    }

    public IEnumerable<string> Match(IReadOnlyList<string> words)
    {
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, cue) in _phrases)
            {
                if (i + phrase.Length <= words.Count && Matches(words, i, phrase))
                {
                    found.Add(cue);
                }
            }
        }
        return found;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            var p = phrase[j];
            var w = words[start + j];
            var ok = p.EndsWith('*') ? w.StartsWith(p[..^1], StringComparison.Ordinal) : w == p;
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
