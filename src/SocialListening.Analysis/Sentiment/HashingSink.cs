namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Collects the hashed buckets of one text; <see cref="ToVector"/> turns them into counts scaled to unit length,
/// either over the whole vector or, with group normalisation, separately for each feature kind (so the hundreds of
/// character n-grams do not drown the few words). One instance per thread: it reuses its buffer between texts.
/// </summary>
public sealed class HashingSink(int hashBits, bool normalizeByKind = false) : IFeatureSink
{
    private const int KindBits = 3;
    private readonly int _mask = (1 << hashBits) - 1;
    private long[] _keys = new long[512];
    private int _count;

    public void Add(char kind, ReadOnlySpan<char> feature)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }
        _keys[_count++] = ((long)FeatureHashing.Bucket(kind, feature, _mask) << KindBits) | (long)(uint)KindIndex(kind);
    }

    public void Clear() => _count = 0;

    public SparseFeatures ToVector()
    {
        var keys = _keys.AsSpan(0, _count);
        keys.Sort();
        Span<double> norms = stackalloc double[1 << KindBits];
        norms.Clear();
        // Runs of equal keys are one (bucket, kind) with its count.
        var runs = 0;
        for (var i = 0; i < keys.Length;)
        {
            var j = i;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }
            var count = j - i;
            norms[normalizeByKind ? (int)(keys[i] & ((1 << KindBits) - 1)) : 0] += (double)count * count;
            runs++;
            i = j;
        }
        var indices = new List<int>(runs);
        var values = new List<float>(runs);
        for (var i = 0; i < keys.Length;)
        {
            var j = i;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }
            var bucket = (int)(keys[i] >> KindBits);
            var group = normalizeByKind ? (int)(keys[i] & ((1 << KindBits) - 1)) : 0;
            var value = (float)((j - i) / Math.Sqrt(norms[group]));
            if (indices.Count > 0 && indices[^1] == bucket)
            {
                values[^1] += value;
            }
            else
            {
                indices.Add(bucket);
                values.Add(value);
            }
            i = j;
        }
        _count = 0;
        return new SparseFeatures(indices.ToArray(), values.ToArray());
    }

    private static int KindIndex(char kind) => kind switch
    {
        FeatureKinds.Word => 0,
        FeatureKinds.Bigram => 1,
        FeatureKinds.CharNgram => 2,
        FeatureKinds.Hashtag => 3,
        _ => 4,
    };
}
