namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Maps a feature to a bucket with a fixed hash (FNV-1a then a murmur finaliser), so the index of a feature is the
/// same in every process and needs no stored vocabulary. string.GetHashCode is randomised per process: unusable here.
/// FNV-1a runs left to right, so <see cref="Start"/>, <see cref="Step"/> and <see cref="Finish"/> let the character
/// n-grams that share a start extend one another's state instead of hashing each from scratch.
/// </summary>
public static class FeatureHashing
{
    public static int Bucket(char kind, ReadOnlySpan<char> feature, int mask) => Finish(Extend(Start(kind), feature), mask);

    /// <summary>The state after <paramref name="chars"/> from state <paramref name="hash"/>: a feature made of parts
    /// hashes part by part, without copying them together.</summary>
    public static uint Extend(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = Step(hash, c);
        }
        return hash;
    }

    /// <summary>The bucket of a feature given by its full name ("w:decu").</summary>
    public static int Bucket(string name, int mask) => Bucket(name[0], name.AsSpan(2), mask);

    /// <summary>The state of a word pair ("b:first second") after its first word and the space: the pair's bucket is
    /// <see cref="Finish"/> of that state <see cref="Extend"/>ed by the second word.</summary>
    public static uint PairStart(ReadOnlySpan<char> first) => Step(Extend(Start(FeatureKinds.Bigram), first), ' ');

    /// <summary>The state after the kind letter, before the feature's first character.</summary>
    public static uint Start(char kind) => (2166136261u ^ kind) * 16777619u;

    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>A 64-bit hash of a word (FNV-1a), never zero: the key of what scoring sinks remember per word.</summary>
    public static ulong WordKey(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211ul;
        }
        // Zero marks an empty slot in the sinks' tables.
        return hash | 1;
    }

    public static int Finish(uint hash, int mask)
    {
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return (int)(hash & (uint)mask);
    }
}
