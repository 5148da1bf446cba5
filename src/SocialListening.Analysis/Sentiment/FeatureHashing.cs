namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Maps a feature to a bucket with a fixed hash (FNV-1a then a murmur finaliser), so the index of a feature is the
/// same in every process and needs no stored vocabulary. string.GetHashCode is randomised per process: unusable here.
/// </summary>
public static class FeatureHashing
{
    public static int Bucket(char kind, ReadOnlySpan<char> feature, int mask)
    {
        var hash = 2166136261u;
        hash = (hash ^ kind) * 16777619u;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return (int)(hash & (uint)mask);
    }

    /// <summary>The bucket of a feature given by its full name ("w:decu").</summary>
    public static int Bucket(string name, int mask) => Bucket(name[0], name.AsSpan(2), mask);
}
