namespace SocialListening.Analysis.Text;

/// <summary>
/// Phrases of folded words, each with a value, indexed by their first word (or, for a first word ending in '*', which
/// matches any word it starts, by its first letter), so that a text is not compared with every phrase at every word.
/// Immutable once built and thread-safe to read.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly List<(Word[] Words, T Value)> _phrases = [];
    private readonly List<(string Phrase, T Value)> _added = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<int>> _byFirstLetter = [];
    private readonly List<int> _anyFirstWord = [];

    /// <summary>The phrases as added, with their values.</summary>
    public IReadOnlyList<(string Phrase, T Value)> Phrases => _added;

    public PhraseIndex<T> Add(string phrase, T value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word.Of).ToArray();
        var index = _phrases.Count;
        _phrases.Add((words, value));
        _added.Add((phrase, value));
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
        return this;
    }

    /// <summary>Adds to <paramref name="found"/> the values of the phrases in the words, by position, then in the order the phrases were added.</summary>
    public void FindAll(IReadOnlyList<string> words, List<T> found)
    {
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
                var (phrase, value) = _phrases[index];
                if (Matches(words, i, phrase))
                {
                    found.Add(value);
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> words, int start, Word[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!phrase[j].Matches(words[start + j]))
            {
                return false;
            }
        }
        return true;
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

    private readonly record struct Word(string Text, bool IsPrefix)
    {
        public static Word Of(string word) => word.EndsWith('*') ? new(word[..^1], true) : new(word, false);

        public bool Matches(string word) => IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : word == Text;
    }
}
