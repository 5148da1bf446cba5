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
        Span<int> votes = stackalloc int[64];
        var count = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var hash = Hash(words, i, Math.Min(ShingleSize, words.Count - i));
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The words a fingerprint is computed over.</summary>
    public static List<string> Words(string text) =>
        SocialTokenizer.Tokenize(text)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
            .Select(t => t.Folded)
            .ToList();

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
