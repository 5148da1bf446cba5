namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// The 64-bit key of an n-gram, built one unit at a time (FNV-1a over 17-bit units: a character, or the word
/// separator, which no character can equal), so that the key of "abc" extends the key of "ab" and a scorer walks the
/// text once. Two different n-grams of a model's vocabulary share a key with a probability of about n²/2⁶⁵: for the
/// 10⁵ n-grams of our models, about 3·10⁻¹⁰.
/// </summary>
internal static class NgramKey
{
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;
    private const uint WordSeparator = 0x10000;

    public static ulong Add(ulong key, char c) => (key ^ c) * Prime;

    public static ulong AddSeparator(ulong key) => (key ^ WordSeparator) * Prime;

    /// <summary>The key of a word pair: the first word's key, the separator, then the second word's characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Pair(ulong first, ReadOnlySpan<char> second)
    {
        var key = AddSeparator(first);
        foreach (var c in second)
        {
            key = Add(key, c);
        }
        return key;
    }

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var key = Empty;
        foreach (var c in text)
        {
            key = Add(key, c);
        }
        return key;
    }
}
