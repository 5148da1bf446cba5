using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Noise;

/// <summary>
/// 64-bit SimHash of a text over its word 3-shingles (folded words, numbers and hashtags; URLs, @mentions, emoji
/// and punctuation ignored, since copies vary them). Near-identical texts get fingerprints a few bits apart.
/// The hash of a shingle is FNV-1a then a 64-bit mixer, stable across runs and machines.
/// </summary>
public static class SimHash
{
    public const int ShingleSize = 3;

    public static ulong Compute(string text) => Compute(Words(text));

    public static ulong Compute(IReadOnlyList<string> words)
    {
        // Each shingle votes +1 or -1 on every bit, so a bit's vote is positive exactly when more than half the
        // shingles have it set. The set bits are counted eight at a time (one byte counter per bit, eight in a
        // ulong, through a table), instead of one test per bit and shingle: 8 additions a shingle instead of 64.
        Span<ulong> lanes = stackalloc ulong[8];
        Span<int> ones = stackalloc int[64];
        var count = Math.Max(1, words.Count - ShingleSize + 1);
        var pending = 0;
        for (var i = 0; i < count; i++)
        {
            var hash = Hash(words, i, Math.Min(ShingleSize, words.Count - i));
            for (var lane = 0; lane < 8; lane++)
            {
                lanes[lane] += ByteBits[(int)(hash >> (8 * lane)) & 0xFF];
            }
            // A byte counter holds at most 255: move the counts out before one could overflow.
            if (++pending == 255)
            {
                Flush(lanes, ones);
                pending = 0;
            }
        }
        Flush(lanes, ones);
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] > count)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }

    // ByteBits[v] has, in its byte j, bit j of v (0 or 1).
    private static readonly ulong[] ByteBits = Enumerable.Range(0, 256)
        .Select(v => Enumerable.Range(0, 8).Aggregate(0UL, (spread, j) => spread | ((ulong)((v >> j) & 1) << (8 * j))))
        .ToArray();

    private static void Flush(Span<ulong> lanes, Span<int> ones)
    {
        for (var lane = 0; lane < 8; lane++)
        {
            for (var j = 0; j < 8; j++)
            {
                ones[8 * lane + j] += (int)((lanes[lane] >> (8 * j)) & 0xFF);
            }
            lanes[lane] = 0;
        }
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The words a fingerprint is computed over.</summary>
    public static List<string> Words(string text)
    {
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
            {
                words.Add(token.Folded);
            }
        }
        return words;
    }

    private static ulong Hash(IReadOnlyList<string> words, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + length; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        // FNV-1a alone leaves the high bits poorly mixed for short inputs.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
