namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// The sentiment model: a featuriser and one linear classifier per language, with a fallback ("*") for texts
/// whose language is unknown or has no classifier of its own. Immutable and thread-safe; load it once.
/// </summary>
public sealed class SentimentModel
{
    public const string AnyLanguage = "*";
    private readonly IReadOnlyDictionary<string, LinearClassifier> _classifiers;
    private readonly ThreadLocal<ScoringSink> _sinks;

    public SentimentModel(SentimentFeatureOptions features, IReadOnlyDictionary<string, LinearClassifier> classifiers, SentimentModelInfo info)
    {
        if (classifiers.Count == 0)
        {
            throw new ArgumentException("A sentiment model needs at least one classifier.", nameof(classifiers));
        }
        if (classifiers.Values.Any(c => c.HashBits != features.HashBits || c.Classes != 3))
        {
            throw new ArgumentException("Every classifier must have three classes and the featuriser's number of buckets.", nameof(classifiers));
        }
        Features = features;
        Featurizer = new SentimentFeaturizer(features);
        _classifiers = classifiers;
        // One scoring sink per thread for the model's lifetime, so its memory of words' n-grams outlives a batch.
        _sinks = new ThreadLocal<ScoringSink>(Featurizer.CreateScoringSink);
        Info = info;
    }

    public SentimentFeatureOptions Features { get; }
    public SentimentFeaturizer Featurizer { get; }
    public SentimentModelInfo Info { get; }
    public IReadOnlyDictionary<string, LinearClassifier> Classifiers => _classifiers;

    public static SentimentModel Load(string path) => SentimentModelFile.Read(path);

    public void Save(string path) => SentimentModelFile.Write(this, path);

    /// <summary>The language whose classifier scores texts of <paramref name="language"/> (an ISO 639-1 code, "und" or null).</summary>
    public string ClassifierLanguage(string? language)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            var code = language.Trim().ToLowerInvariant();
            var dash = code.AsSpan().IndexOfAny('-', '_');
            code = dash > 0 ? code[..dash] : code;
            if (_classifiers.ContainsKey(code))
            {
                return code;
            }
        }
        return _classifiers.ContainsKey(AnyLanguage) ? AnyLanguage : _classifiers.Keys.Order(StringComparer.Ordinal).First();
    }

    public SentimentPrediction Predict(string text, string? language) => Predict(text, language, _sinks.Value!);

    /// <summary>Scores texts in order; <paramref name="languages"/> is parallel to <paramref name="texts"/>. With a
    /// <paramref name="degreeOfParallelism"/> above one, large batches are split into chunks scored on that many
    /// threads, each with its own buffers.</summary>
    public SentimentPrediction[] PredictBatch(IReadOnlyList<string> texts, IReadOnlyList<string?> languages, int degreeOfParallelism = 1)
    {
        if (texts.Count != languages.Count)
        {
            throw new ArgumentException("There must be one language per text.", nameof(languages));
        }
        var results = new SentimentPrediction[texts.Count];
        const int chunk = 512;
        if (degreeOfParallelism <= 1 || texts.Count < 2 * chunk)
        {
            ScoreRange(texts, languages, results, 0, texts.Count);
            return results;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, chunk), options,
            range => ScoreRange(texts, languages, results, range.Item1, range.Item2));
        return results;
    }

    private void ScoreRange(IReadOnlyList<string> texts, IReadOnlyList<string?> languages, SentimentPrediction[] results, int start, int end)
    {
        var sink = _sinks.Value!;
        for (var i = start; i < end; i++)
        {
            results[i] = Predict(texts[i], languages[i], sink);
        }
    }

    /// <summary>The prediction and the words and other features that pushed it most. A word's weight sums its
    /// own feature and its character n-grams; a feature shared by several words is split evenly between them.</summary>
    public SentimentExplanation Explain(string text, string? language, int top = 10)
    {
        var prediction = Predict(text, language);
        var classifier = _classifiers[prediction.Language];
        var sink = Featurizer.CreateSink();
        Featurizer.Featurize(text, sink);
        var vector = sink.ToVector();
        var mask = (1 << Features.HashBits) - 1;
        var label = (int)prediction.Label;
        var features = Featurizer.FeatureNames(text);
        var occurrences = features.CountBy(f => f.Feature).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var weights = new Dictionary<(string Term, string Kind), double>();
        foreach (var (name, term) in features)
        {
            var bucket = FeatureHashing.Bucket(name, mask);
            var position = Array.BinarySearch(vector.Indices, bucket);
            if (position < 0)
            {
                continue;
            }
            // Softmax ignores what a feature adds to every class alike, so what pushes towards the label is its
            // weight for the label minus its mean weight over the classes.
            var mean = 0f;
            for (var c = 0; c < classifier.Classes; c++)
            {
                mean += classifier.Weight(bucket, c);
            }
            mean /= classifier.Classes;
            var weight = (classifier.Weight(bucket, label) - mean) * vector.Values[position] / occurrences[name];
            var key = term is null ? (name[2..], KindName(name[0])) : (term, "word");
            weights[key] = weights.GetValueOrDefault(key) + weight;
        }
        var strongest = weights
            .Where(w => w.Value != 0)
            .OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key.Term, StringComparer.Ordinal)
            .Take(top)
            .Select(w => new TermContribution(w.Key.Term, w.Key.Kind, Math.Round(w.Value, 4)))
            .ToList();
        return new SentimentExplanation(prediction, strongest);
    }

    private SentimentPrediction Predict(string text, string? language, ScoringSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = ClassifierLanguage(language);
        sink.Start(_classifiers[code]);
        Featurizer.Featurize(text, sink);
        Span<float> probabilities = stackalloc float[3];
        sink.Probabilities(probabilities);
        return SentimentPrediction.From(probabilities, code);
    }

    private static string KindName(char kind) => kind switch
    {
        FeatureKinds.Word => "word",
        FeatureKinds.Bigram => "bigram",
        FeatureKinds.CharNgram => "chars",
        FeatureKinds.Hashtag => "hashtag",
        _ => "marker",
    };
}
