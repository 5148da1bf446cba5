namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Phrases (folded words, one or more) that map to a shared cue token such as "cue_wait". The same token for the
/// French and English phrasing lets a model trained mostly on English weigh a French cue it has rarely seen.
/// A phrase ending in '*' matches any word starting with it.
/// </summary>
public sealed class CueLexicon
{
    private readonly List<(Pattern[] Words, string Cue)> _phrases = [];
    private readonly List<(string Phrase, string Cue)> _added = [];

    // The phrases that can start at a word, by that word (exact first words) or by its first letter (first words
    // ending in '*'), so that a text is not compared with every phrase at every word.
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<int>> _byFirstLetter = [];
    private readonly List<int> _anyFirstWord = [];

    public CueLexicon Add(string cue, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Pattern.Of).ToArray();
            var index = _phrases.Count;
            _phrases.Add((words, "cue_" + cue));
            _added.Add((phrase, "cue_" + cue));
            var first = words[0];
            if (!first.IsPrefix)
            {
                Bucket(_byFirstWord, first.Text).Add(index);
            }
            else if (first.Text.Length == 0)
            {
                _anyFirstWord.Add(index);
            }
            else
            {
                Bucket(_byFirstLetter, first.Text[0]).Add(index);
            }
        }
        return this;
    }

    /// <summary>The phrases as added, with their cue tokens.</summary>
    internal IReadOnlyList<(string Phrase, string Cue)> Phrases => _added;

    /// <summary>The cues of the phrases found, by position then in the order the phrases were added.</summary>
    public IEnumerable<string> Match(IReadOnlyList<string> words)
    {
        var found = new List<string>();
        var candidates = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            candidates.Clear();
            if (_byFirstWord.TryGetValue(word, out var exact))
            {
                candidates.AddRange(exact);
            }
            if (word.Length > 0 && _byFirstLetter.TryGetValue(word[0], out var prefixed))
            {
                candidates.AddRange(prefixed);
            }
            candidates.AddRange(_anyFirstWord);
            candidates.Sort();
            foreach (var index in candidates)
            {
                var (phrase, cue) = _phrases[index];
                if (i + phrase.Length <= words.Count && Matches(words, i, phrase))
                {
                    found.Add(cue);
                }
            }
        }
        return found;
    }

    private static List<int> Bucket<TKey>(Dictionary<TKey, List<int>> buckets, TKey key)
        where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            buckets[key] = bucket = [];
        }
        return bucket;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, Pattern[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!phrase[j].Matches(words[start + j]))
            {
                return false;
            }
        }
        return true;
    }

    private readonly record struct Pattern(string Text, bool IsPrefix)
    {
        public static Pattern Of(string word) => word.EndsWith('*') ? new(word[..^1], true) : new(word, false);

        public bool Matches(string word) => IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : word == Text;
    }
}
