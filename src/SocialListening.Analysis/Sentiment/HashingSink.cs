namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Collects the hashed buckets of one text; <see cref="ToVector"/> turns them into a sparse vector where each
/// feature's value is its count divided by the square root of the number of features of its group. Groups are the
/// feature kinds with <c>normalizeByKind</c> (so hundreds of character n-grams do not drown a few words), else
/// the whole text. That scaling needs no sorting, which lets <see cref="ScoringSink"/> score on the fly.
/// One instance per thread: it reuses its buffer between texts.
/// </summary>
public sealed class HashingSink(int hashBits, bool normalizeByKind) : IBucketSink
{
    private const int KindBits = 3;
    private long[] _keys = new long[512];
    private int _count;

    public int Mask { get; } = (1 << hashBits) - 1;

    public void Add(char kind, ReadOnlySpan<char> feature) => AddBucket(kind, FeatureHashing.Bucket(kind, feature, Mask));

    public void AddBucket(char kind, int bucket)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }
        var group = normalizeByKind ? FeatureKinds.Group(kind) : 0;
        _keys[_count++] = ((long)bucket << KindBits) | (long)(uint)group;
    }

    public void Clear() => _count = 0;

    public SparseFeatures ToVector()
    {
        var keys = _keys.AsSpan(0, _count);
        Span<int> groupSizes = stackalloc int[1 << KindBits];
        groupSizes.Clear();
        foreach (var key in keys)
        {
            groupSizes[(int)(key & ((1 << KindBits) - 1))]++;
        }
        keys.Sort();
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] >> KindBits != keys[i - 1] >> KindBits)
            {
                distinct++;
            }
        }
        var indices = new int[distinct];
        var values = new float[distinct];
        var k = -1;
        for (var i = 0; i < keys.Length; i++)
        {
            var bucket = (int)(keys[i] >> KindBits);
            if (k < 0 || indices[k] != bucket)
            {
                indices[++k] = bucket;
            }
            values[k] += 1f / MathF.Sqrt(groupSizes[(int)(keys[i] & ((1 << KindBits) - 1))]);
        }
        _count = 0;
        return new SparseFeatures(indices, values);
    }
}
