namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>
/// Trains one model per (feature variant, trainer, language setup) on the train splits and scores it on the
/// validation splits: the table in models/sentiment.md. "joint" trains one model on French and English together.
/// </summary>
public sealed class SentimentAblation(IReadOnlyDictionary<string, SentimentSplits> data, int seed)
{
    public static readonly IReadOnlyList<(string Name, SentimentFeatureOptions Options)> Variants =
    [
        ("chosen features", new SentimentFeatureOptions()),
        ("whole-vector normalisation", new SentimentFeatureOptions { NormalizeByKind = false }),
        ("- lexicon", new SentimentFeatureOptions { Lexicon = false }),
        ("- negation", new SentimentFeatureOptions { Negation = false }),
        ("- elision split", new SentimentFeatureOptions { SplitElision = false }),
        ("- emoji/emoticons", new SentimentFeatureOptions { Emoji = false }),
        ("- hashtag split", new SentimentFeatureOptions { HashtagSplit = false }),
        ("- elongation", new SentimentFeatureOptions { Elongation = false }),
        ("- caps marker", new SentimentFeatureOptions { Caps = false }),
        ("- word bigrams", new SentimentFeatureOptions { WordBigrams = false }),
        ("- char n-grams", new SentimentFeatureOptions { CharMin = 0 }),
        ("char 2-5", new SentimentFeatureOptions { CharMin = 2, CharMax = 5 }),
        ("char 1-4", new SentimentFeatureOptions { CharMin = 1, CharMax = 4 }),
        ("char 3-6", new SentimentFeatureOptions { CharMin = 3, CharMax = 6 }),
        ("words only", new SentimentFeatureOptions { WordBigrams = false, CharMin = 0, Negation = false, Emoji = false, HashtagSplit = false, Elongation = false, Caps = false, Lexicon = false, NormalizeByKind = false }),
        ("2^16 buckets", new SentimentFeatureOptions { HashBits = 16 }),
        ("2^20 buckets", new SentimentFeatureOptions { HashBits = 20 }),
    ];

    public static readonly IReadOnlyList<SentimentTrainerSpec> Trainers =
    [
        new(SentimentTrainerKind.SdcaMaximumEntropy, L2: 1e-5f),
        new(SentimentTrainerKind.SdcaMaximumEntropy, L2: 3e-5f),
        new(SentimentTrainerKind.SdcaMaximumEntropy, L2: 1e-4f),
        new(SentimentTrainerKind.SdcaMaximumEntropy, L2: 3e-4f),
        new(SentimentTrainerKind.LbfgsMaximumEntropy, L2: 0.03f),
        new(SentimentTrainerKind.LbfgsMaximumEntropy, L2: 0.1f),
        new(SentimentTrainerKind.LbfgsMaximumEntropy, L2: 0.3f),
        new(SentimentTrainerKind.LbfgsMaximumEntropy, L2: 0.1f, L1: 0.03f),
        new(SentimentTrainerKind.OvaLogisticRegression, L2: 0.1f),
        new(SentimentTrainerKind.OvaAveragedPerceptron, L2: 0f, Iterations: 10),
        new(SentimentTrainerKind.OvaLinearSvm, L2: 1e-4f, Iterations: 20),
        new(SentimentTrainerKind.OvaLinearSvm, L2: 1e-3f, Iterations: 20),
    ];

    /// <summary>Each trainer on <paramref name="features"/>.</summary>
    public IEnumerable<AblationResult> RunTrainers(SentimentFeatureOptions features) =>
        Trainers.Select(trainer => Score("chosen features", features, trainer));

    /// <summary>Each feature variant (one switch changed from the defaults) with <paramref name="trainer"/>.</summary>
    public IEnumerable<AblationResult> RunFeatures(SentimentTrainerSpec trainer) =>
        Variants.Select(variant => Score(variant.Name, variant.Options, trainer));

    public AblationResult Score(string variant, SentimentFeatureOptions options, SentimentTrainerSpec trainer)
    {
        var separate = new Dictionary<string, double>(StringComparer.Ordinal);
        var joint = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (language, splits) in data)
        {
            var classifier = SentimentTraining.Fit(options, trainer, splits.Train, seed);
            separate[language] = SentimentTraining.Evaluate(options, classifier, splits.Validation).MacroF1;
        }
        var all = SentimentTraining.Shuffle(data.Values.SelectMany(s => s.Train), seed);
        var jointClassifier = SentimentTraining.Fit(options, trainer, all, seed);
        foreach (var (language, splits) in data)
        {
            joint[language] = SentimentTraining.Evaluate(options, jointClassifier, splits.Validation).MacroF1;
        }
        return new AblationResult(variant, trainer.ToString(), separate, joint);
    }
}
