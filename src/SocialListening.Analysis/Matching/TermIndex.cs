namespace SocialListening.Analysis.Matching;

/// <summary>
/// Groups of <see cref="TermPattern"/>s (a theme's terms, its exclusions, a brand's aliases...) compiled into one
/// character tree of their first words, so that a text's words are walked once to find which groups occur in it.
/// Trying every pattern at every position cost the matcher and aspect sentiment most of their time (about 150
/// patterns, prefixes like "factur*" compared with every word); here a word that starts no pattern leaves the tree
/// after a character or two, and only the patterns whose first word fits are checked in full. Same matches as
/// <see cref="TermPattern.MatchesAt"/> at every position. Immutable and thread-safe.
/// </summary>
internal sealed class TermIndex
{
    private readonly Node _root = new();

    public TermIndex(IReadOnlyList<TermPattern[]> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        GroupCount = groups.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var pattern in groups[g])
            {
                var node = _root;
                foreach (var c in pattern.Words[0])
                {
                    node = node.Child(c, create: true)!;
                }
                // A one-word prefix pattern matches every word its stem starts; any other pattern's first word must be
                // the word itself or its plural in s or x (TermPattern.WordMatches).
                var entry = new Entry(g, pattern);
                if (pattern.Words.Length == 1 && pattern.Prefix)
                {
                    node.Stems.Add(entry);
                }
                else
                {
                    node.Words.Add(entry);
                }
            }
        }
    }

    public int GroupCount { get; }

    /// <summary>Sets <paramref name="found"/>[g] to whether a pattern of group g occurs in <paramref name="words"/>.</summary>
    public void Find(IReadOnlyList<string> words, Span<bool> found)
    {
        found.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var node = _root;
            for (var k = 0; k < word.Length && node is not null; k++)
            {
                // The plural: the word minus its last s or x is a pattern's first word.
                if (k == word.Length - 1 && word[k] is 's' or 'x')
                {
                    Check(node.Words, words, i, found);
                }
                node = node.Child(word[k], create: false);
                if (node is not null)
                {
                    Check(node.Stems, words, i, found);
                }
            }
            if (node is not null)
            {
                Check(node.Words, words, i, found);
            }
        }
    }

    private static void Check(List<Entry> entries, IReadOnlyList<string> words, int start, Span<bool> found)
    {
        foreach (var (group, pattern) in entries)
        {
            if (!found[group] && pattern.MatchesAt(words, start))
            {
                found[group] = true;
            }
        }
    }

    private readonly record struct Entry(int Group, TermPattern Pattern);

    private sealed class Node
    {
        // Few children per node (the first words of a catalog's terms): a short array scanned in order.
        private char[] _chars = [];
        private Node[] _children = [];

        public List<Entry> Words { get; } = [];
        public List<Entry> Stems { get; } = [];

        public Node? Child(char c, bool create)
        {
            var i = Array.IndexOf(_chars, c);
            if (i >= 0)
            {
                return _children[i];
            }
            if (!create)
            {
                return null;
            }
            var child = new Node();
            _chars = [.. _chars, c];
            _children = [.. _children, child];
            return child;
        }
    }
}
