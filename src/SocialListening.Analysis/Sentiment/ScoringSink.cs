using System.Runtime.Intrinsics;

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
    // A group's three class sums in the first three lanes of a vector: adding a row (four floats read, the fourth
    // ignored) adds each class's weight to its lane exactly as three float additions would, in the same order.
    private readonly Vector128<float>[] _sums = new Vector128<float>[FeatureKinds.Groups];
    private readonly int[] _counts = new int[FeatureKinds.Groups];
    private readonly Dictionary<LinearClassifier, WordTable<GramSum>> _caches = new(ReferenceEqualityComparer.Instance);
    private WordTable<GramSum>? _cache;
    private ulong _wordKey;
    private LinearClassifier? _classifier;
    private CompactWeights? _compact;
    private float[] _weights = [];
    private bool _collecting;
    private Vector128<float> _word;
    private int _wordCount;
    // Features other than n-grams wait here, one list per group, and are read in one loop at the end, where many of
    // their (mostly uncached) weight rows can be fetched at once instead of one at a time between featurising steps,
    // and each group's sums stay in a register (summed through memory, each addition waited on the store of the
    // one before: the loop was 7 % of the scorer's time).
    private readonly int[][] _rows = [.. Enumerable.Range(0, FeatureKinds.Groups).Select(_ => new int[64])];
    private readonly int[] _pending = new int[FeatureKinds.Groups];
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
        Array.Clear(_pending);
        _collecting = false;
    }

    public void Add(char kind, ReadOnlySpan<char> feature) => AddBucket(kind, FeatureHashing.Bucket(kind, feature, Mask));

    public void AddBucket(char kind, int bucket)
    {
        var row = _compact!.RowStart(bucket);
        if (_collecting)
        {
            _word += Vector128.Create<float>(_weights.AsSpan(row, 4));
            _wordCount++;
            return;
        }
        var group = normalizeByKind ? FeatureKinds.Group(kind) : 0;
        var pending = _pending[group];
        if (pending == _rows[group].Length)
        {
            Array.Resize(ref _rows[group], pending * 2);
        }
        _rows[group][pending] = row;
        _pending[group] = pending + 1;
    }

    public bool TryAddCharNgrams(ulong wordKey)
    {
        _wordKey = wordKey;
        if (!_cache!.TryGet(wordKey, out var sum))
        {
            return false;
        }
        AddWord(Vector128.Create(sum.Sum0, sum.Sum1, sum.Sum2, 0f), sum.Count);
        return true;
    }

    public void BeginCharNgrams()
    {
        _collecting = true;
        _word = Vector128<float>.Zero;
        _wordCount = 0;
    }

    public void EndCharNgrams()
    {
        _collecting = false;
        // The key of the word TryAddCharNgrams just missed.
        _cache!.Add(_wordKey, new GramSum(_word[0], _word[1], _word[2], _wordCount));
        AddWord(_word, _wordCount);
    }

    /// <summary>The class probabilities of the text featurised since <see cref="Start"/>.</summary>
    public void Probabilities(Span<float> probabilities)
    {
        var classifier = _classifier ?? throw new InvalidOperationException("Start must be called first.");
        var weights = _weights;
        for (var g = 0; g < FeatureKinds.Groups; g++)
        {
            var sum = _sums[g];
            var rows = _rows[g].AsSpan(0, _pending[g]);
            foreach (var row in rows)
            {
                sum += Vector128.Create<float>(weights.AsSpan(row, 4));
            }
            _sums[g] = sum;
            _counts[g] += rows.Length;
            _pending[g] = 0;
        }
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
                probabilities[c] += _sums[g][c] * scale;
            }
        }
        classifier.ScoresToProbabilities(probabilities);
    }

    private void AddWord(Vector128<float> sum, int count)
    {
        var group = normalizeByKind ? CharGroup : 0;
        _counts[group] += count;
        _sums[group] += sum;
    }
}
