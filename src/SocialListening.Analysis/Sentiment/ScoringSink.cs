namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Scores a text from its features: adds each feature's weights to its group's sums, then scales each group by one
/// over the square root of its size, which equals scoring <see cref="HashingSink.ToVector"/> without building,
/// sorting or allocating the vector (up to the rounding of the order of float additions). The character n-grams of
/// a word are first summed on their own and
/// that sum is remembered per word and classifier (up to <see cref="CachedWords"/> words, then forgotten all at
/// once), so a frequent word costs one table lookup instead of a dozen hashes and reads in a weight table
/// larger than the processor's cache. A word's sum is the same whether it comes from the cache or not, so scores do
/// not depend on what was scored before. Weights are read from the classifier's <see cref="CompactWeights"/> (the
/// non-zero rows only), and the featuriser keeps its per-word <see cref="WordFacts"/> here, for the sink's lifetime.
/// One instance per thread.
/// </summary>
public sealed class ScoringSink(int hashBits, bool normalizeByKind) : ICharNgramCache, IWordFactsCache
{
    /// <summary>How many words' n-gram sums are remembered per classifier before the memory is cleared.</summary>
    public const int CachedWords = WordTable<GramSum>.MaxWords;

    private const int CharGroup = 2;
    private readonly float[] _sums = new float[FeatureKinds.Groups * 3];
    private readonly int[] _counts = new int[FeatureKinds.Groups];
    private readonly Dictionary<LinearClassifier, WordTable<GramSum>> _caches = new(ReferenceEqualityComparer.Instance);
    private WordTable<GramSum>? _cache;
    private ulong _wordKey;
    private LinearClassifier? _classifier;
    private CompactWeights? _compact;
    private float[] _weights = [];
    private bool _collecting;
    private float _word0, _word1, _word2;
    private int _wordCount;
    // Features other than n-grams wait here and are read in one loop at the end, where many of their (mostly
    // uncached) weight rows can be fetched at once instead of one at a time between featurising steps.
    private int[] _rows = new int[128];
    private byte[] _groups = new byte[128];
    private int _pending;
    private SentimentFeatureOptions? _factsOptions;
    private WordTable<WordFacts>? _facts;

    public int Mask { get; } = (1 << hashBits) - 1;

    WordTable<WordFacts> IWordFactsCache.WordFacts(SentimentFeatureOptions options)
    {
        // What a word is apart from any classifier (its form, lexicon polarity, buckets...), kept as long as the sink.
        if (!ReferenceEquals(options, _factsOptions))
        {
            _factsOptions = options;
            _facts = new WordTable<WordFacts>();
        }
        return _facts!;
    }

    public void Start(LinearClassifier classifier)
    {
        if (classifier.Classes != 3)
        {
            throw new ArgumentException("Sentiment classifiers have three classes.", nameof(classifier));
        }
        if (!ReferenceEquals(classifier, _classifier))
        {
            _classifier = classifier;
            _compact = classifier.Compact;
            _weights = _compact.Rows;
            if (!_caches.TryGetValue(classifier, out _cache))
            {
                _cache = new WordTable<GramSum>();
                _caches[classifier] = _cache;
            }
        }
        Array.Clear(_sums);
        Array.Clear(_counts);
        _collecting = false;
        _pending = 0;
    }

    public void Add(char kind, ReadOnlySpan<char> feature) => AddBucket(kind, FeatureHashing.Bucket(kind, feature, Mask));

    public void AddBucket(char kind, int bucket)
    {
        var row = _compact!.RowStart(bucket);
        if (_collecting)
        {
            _word0 += _weights[row];
            _word1 += _weights[row + 1];
            _word2 += _weights[row + 2];
            _wordCount++;
            return;
        }
        if (_pending == _rows.Length)
        {
            Array.Resize(ref _rows, _pending * 2);
            Array.Resize(ref _groups, _pending * 2);
        }
        _rows[_pending] = row;
        _groups[_pending] = (byte)(normalizeByKind ? FeatureKinds.Group(kind) : 0);
        _pending++;
    }

    public bool TryAddCharNgrams(ulong wordKey)
    {
        _wordKey = wordKey;
        if (!_cache!.TryGet(wordKey, out var sum))
        {
            return false;
        }
        AddWord(sum.Sum0, sum.Sum1, sum.Sum2, sum.Count);
        return true;
    }

    public void BeginCharNgrams()
    {
        _collecting = true;
        _word0 = _word1 = _word2 = 0;
        _wordCount = 0;
    }

    public void EndCharNgrams()
    {
        _collecting = false;
        // The key of the word TryAddCharNgrams just missed.
        _cache!.Add(_wordKey, new GramSum(_word0, _word1, _word2, _wordCount));
        AddWord(_word0, _word1, _word2, _wordCount);
    }

    /// <summary>The class probabilities of the text featurised since <see cref="Start"/>.</summary>
    public void Probabilities(Span<float> probabilities)
    {
        var classifier = _classifier ?? throw new InvalidOperationException("Start must be called first.");
        // Locals, so the loop does not reload the fields after every store.
        var weights = _weights;
        var rows = _rows.AsSpan(0, _pending);
        var groups = _groups.AsSpan(0, _pending);
        var sums = _sums;
        var counts = _counts;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var group = groups[i];
            counts[group]++;
            var sum = group * 3;
            sums[sum] += weights[row];
            sums[sum + 1] += weights[row + 1];
            sums[sum + 2] += weights[row + 2];
        }
        _pending = 0;
        for (var c = 0; c < 3; c++)
        {
            probabilities[c] = classifier.Biases[c];
        }
        for (var g = 0; g < FeatureKinds.Groups; g++)
        {
            if (_counts[g] == 0)
            {
                continue;
            }
            var scale = 1f / MathF.Sqrt(_counts[g]);
            for (var c = 0; c < 3; c++)
            {
                probabilities[c] += _sums[g * 3 + c] * scale;
            }
        }
        classifier.ScoresToProbabilities(probabilities);
    }

    private void AddWord(float sum0, float sum1, float sum2, int count)
    {
        var group = normalizeByKind ? CharGroup : 0;
        _counts[group] += count;
        _sums[group * 3] += sum0;
        _sums[group * 3 + 1] += sum1;
        _sums[group * 3 + 2] += sum2;
    }
}
