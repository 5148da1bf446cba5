namespace SocialListening.Analysis.Text;

/// <summary>
/// The words a thread has tokenised lately, each with what <see cref="SocialTokenizer"/> makes of it (its text, folded
/// form, elided article and offset, number or word), looked up by the characters of the text without building a
/// string. Words repeat from post to post, so most words of a post cost a lookup instead of two to four strings; a
/// mention used to allocate about 18 KB of strings across the stages that tokenise it. Per thread, so no locking;
/// emptied when full, so hostile text (random ids, long runs of unique words) cannot make it grow without bound.
/// </summary>
internal sealed class WordMemory
{
    private const int Capacity = 50_000;

    [ThreadStatic]
    private static WordMemory? _current;

    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private WordMemory() => _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordMemory Current => _current ??= new WordMemory();

    /// <summary>The word spelt by <paramref name="characters"/>, if this thread has met it lately.</summary>
    public bool TryGet(ReadOnlySpan<char> characters, out Word word) => _bySpan.TryGetValue(characters, out word);

    /// <summary>Remembers what <paramref name="characters"/> make, and returns it.</summary>
    public Word Add(string characters, Word word)
    {
        if (_words.Count >= Capacity)
        {
            _words.Clear();
        }
        _words[characters] = word;
        return word;
    }

    /// <summary>What a run of word characters becomes: a token of <see cref="Kind"/> with <see cref="Text"/> starting
    /// <see cref="Offset"/> characters into the run (after an elided article).</summary>
    public readonly record struct Word(TokenKind Kind, string Text, string Folded, int Offset, string? Elided);
}
