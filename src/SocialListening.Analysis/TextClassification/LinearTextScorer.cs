using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Scores a linear ML.NET text model (a <see cref="TextFeatures"/> featuriser then a logistic, perceptron or SVM
/// binary model with a Platt calibrator, or a maximum-entropy multiclass model) without running ML.NET: the
/// character 1-n-grams (with ML.NET's start and end markers) and word 1-2-grams of the text are looked up in tables
/// built from the model's slot names, each block is L2-normalised as ML.NET does, and the weights are summed. Same
/// probabilities as ML.NET up to float rounding (tested on the training and validation sets), at a fraction of the
/// cost: ML.NET builds the whole sparse vector through several transforms and dictionaries per text.
/// </summary>
internal sealed class LinearTextScorer
{
    internal const char StartMarker = '\u0002';
    internal const char EndMarker = '\u0003';

    private readonly NgramTable _chars;
    private readonly NgramTable _words;
    private readonly int _charLength;
    private readonly bool _closed;
    private readonly float[] _weights;
    private readonly double[] _bias;
    private readonly int _classes;
    private readonly PlattCalibrator? _platt;
    private readonly bool _unspellableSlots;
    private readonly int _slots;
    private readonly ThreadLocal<NgramCounts> _counts;

    private LinearTextScorer(NgramTable chars, NgramTable words, int charLength, bool closed, float[] weights, double[] bias, PlattCalibrator? platt, bool unspellableSlots, int slots)
    {
        _closed = closed;
        _chars = chars;
        _words = words;
        _charLength = charLength;
        _weights = weights;
        _bias = bias;
        _classes = bias.Length;
        _platt = platt;
        _unspellableSlots = unspellableSlots;
        _slots = slots;
        _counts = new ThreadLocal<NgramCounts>(NewCounts);
    }

    /// <summary>Whether the vocabulary holds every prefix of its character n-grams and every word of its pairs.</summary>
    internal bool Closed => _closed;

    /// <summary>Number of outputs: 1 (the probability of the positive class) or the number of classes.</summary>
    public int Outputs => _classes;

    /// <summary>The scorer of a model, or null (with the reason) when the model is not a linear text model of ours.</summary>
    public static LinearTextScorer? TryCompile(ITransformer model, DataViewSchema inputSchema, out string reason)
    {
        var parts = Flatten(model).ToList();
        var linear = LinearPart(parts, out reason);
        if (linear is null)
        {
            return null;
        }
        var (weights, bias, platt) = linear.Value;
        VBuffer<ReadOnlyMemory<char>> names = default;
        var features = model.GetOutputSchema(inputSchema).GetColumnOrNull("Features");
        if (features is null || !features.Value.HasSlotNames())
        {
            reason = "the model has no Features column with slot names";
            return null;
        }
        features.Value.GetSlotNames(ref names);
        var slotNames = names.DenseValues().ToArray();
        if (slotNames.Length * bias.Length != weights.Length)
        {
            reason = $"the model has {weights.Length} weights for {slotNames.Length} features and {bias.Length} classes";
            return null;
        }
        var chars = new List<(ulong, int)>();
        var words = new List<(ulong, int)>();
        var unspellable = false;
        var prefixes = new List<ulong>();
        var pairWords = new List<ulong>();
        var charLength = 1;
        for (var slot = 0; slot < slotNames.Length; slot++)
        {
            var name = slotNames[slot].Span;
            if (name.StartsWith(NgramSlotNames.CharPrefix))
            {
                var body = name[NgramSlotNames.CharPrefix.Length..];
                if (NgramSlotNames.CharKey(body, out var length, out var prefix) is { } key)
                {
                    chars.Add((key, slot));
                    if (length > 1)
                    {
                        prefixes.Add(prefix);
                    }
                    charLength = Math.Max(charLength, length);
                }
                else
                {
                    unspellable = true;
                }
            }
            else if (name.StartsWith(NgramSlotNames.WordPrefix) && NgramSlotNames.WordKey(name[NgramSlotNames.WordPrefix.Length..], out var pair) is { } key)
            {
                words.Add((key, slot));
                if (pair is var (first, second))
                {
                    pairWords.Add(first);
                    pairWords.Add(second);
                }
            }
            else
            {
                reason = $"feature {slot} ('{name}') is neither a character nor a word n-gram of one or two words";
                return null;
            }
        }
        reason = "";
        // ML.NET counts every length at every position, so the vocabulary holds the prefixes of its character n-grams
        // and the words of its pairs, unless it was cut to a maximum size: checked, because the scorer then stops
        // lengthening an n-gram at the first unknown one.
        var charKeys = chars.Select(c => c.Item1).ToHashSet();
        var wordKeys = words.Select(w => w.Item1).ToHashSet();
        var closed = prefixes.All(charKeys.Contains) && pairWords.All(wordKeys.Contains);
        return new LinearTextScorer(new NgramTable(chars), new NgramTable(words), charLength, closed, weights, bias, platt, unspellable, slotNames.Length);
    }

    /// <summary>
    /// Writes the probabilities of a normalised text; false when the text holds a character the model's slot names
    /// cannot spell and the model has n-grams with such characters (score it with ML.NET then).
    /// </summary>
    // Optimised at first call: the loop runs for every mention, and the tiers before it (with on-stack replacement)
    // showed in the profile of a 100,000-mention import.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryScore(string text, Span<double> output)
    {
        if (NeedsMlNet(text))
        {
            return false;
        }
        var counts = _counts.Value!;
        Start(output);
        if (text.Length > 0)
        {
            counts.Begin();
            var length = text.Length + 2;
            for (var i = 0; i < length; i++)
            {
                var key = NgramKey.Empty;
                var last = Math.Min(length, i + _charLength);
                for (var j = i; j < last; j++)
                {
                    key = NgramKey.Add(key, CharAt(text, j, length));
                    var slot = _chars.Find(key);
                    if (slot < 0 && _closed)
                    {
                        break;
                    }
                    counts.Count(slot, _weights);
                }
            }
            counts.AddNormalised(output);
            counts.Begin();
            var previous = 0UL;
            var hasPrevious = false;
            var previousKnown = false;
            foreach (var range in text.AsSpan().Split(' '))
            {
                var word = text.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }
                var key = NgramKey.Of(word);
                var slot = _words.Find(key);
                counts.Count(slot, _weights);
                if (hasPrevious && (!_closed || (previousKnown && slot >= 0)))
                {
                    counts.Count(_words.Find(NgramKey.Pair(previous, word)), _weights);
                }
                previous = key;
                previousKnown = slot >= 0;
                hasPrevious = true;
            }
            counts.AddNormalised(output);
        }
        Finish(output);
        return true;
    }

    /// <summary>The character at a position of the text between its start and end markers (<paramref name="length"/>
    /// counts the markers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char CharAt(string text, int position, int length) =>
        position == 0 ? StartMarker : position == length - 1 ? EndMarker : text[position - 1];

    /// <summary>The n-grams a text's characters are looked up in, with their slots (for <see cref="PairedTextScorer"/>).</summary>
    internal NgramTable Chars => _chars;

    /// <summary>The word 1-2-grams, with their slots.</summary>
    internal NgramTable Words => _words;

    /// <summary>The longest character n-gram of the vocabulary.</summary>
    internal int CharLength => _charLength;

    /// <summary>The weights, one row of <see cref="Outputs"/> floats a slot.</summary>
    internal float[] Weights => _weights;

    /// <summary>Whether a text must be handed to ML.NET (see <see cref="TryScore"/>).</summary>
    internal bool NeedsMlNet(string text) => _unspellableSlots && HasUnspellable(text);

    /// <summary>Counts for one block of one text, for this model (one per thread).</summary>
    internal NgramCounts NewCounts() => new(_slots, _classes);

    /// <summary>Sets the outputs to the bias, before the blocks' normalised sums are added.</summary>
    internal void Start(Span<double> output) => _bias.CopyTo(output);

    /// <summary>Turns the summed scores into probabilities: the Platt calibrator, or the softmax.</summary>
    internal void Finish(Span<double> output)
    {
        if (_platt is not null)
        {
            output[0] = _platt.PredictProbability((float)output[0]);
        }
        else if (_classes > 1)
        {
            Softmax(output[.._classes]);
        }
    }

    /// <summary>
    /// Scores every normalised text with the scorer when there is one, and the texts it cannot score (or all of them,
    /// without a scorer) in one ML.NET pass.
    /// </summary>
    public static T[] ScoreAll<T>(LinearTextScorer? scorer, IReadOnlyList<string> texts, Func<double[], T> fromScores, Func<IReadOnlyList<string>, T[]> mlNet)
    {
        if (scorer is null)
        {
            return mlNet(texts);
        }
        var results = new T[texts.Count];
        List<int>? rest = null;
        var scores = new double[scorer.Outputs];
        for (var i = 0; i < texts.Count; i++)
        {
            if (scorer.TryScore(texts[i], scores))
            {
                results[i] = fromScores(scores);
            }
            else
            {
                (rest ??= []).Add(i);
            }
        }
        if (rest is not null)
        {
            var scored = mlNet([.. rest.Select(i => texts[i])]);
            for (var r = 0; r < rest.Count; r++)
            {
                results[rest[r]] = scored[r];
            }
        }
        return results;
    }

    private static bool HasUnspellable(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void Softmax(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }
        var total = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            total += scores[k];
        }
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= total;
        }
    }

    private static IEnumerable<ITransformer> Flatten(ITransformer model) =>
        model is IEnumerable<ITransformer> chain ? chain.SelectMany(Flatten) : [model];

    private static (float[] Weights, double[] Bias, PlattCalibrator? Platt)? LinearPart(List<ITransformer> parts, out string reason)
    {
        reason = "";
        foreach (var part in parts)
        {
            switch (part)
            {
                case BinaryPredictionTransformer<LinearBinaryModelParameters> binary:
                    var calibrator = parts.OfType<PlattCalibratorTransformer>().SingleOrDefault();
                    if (calibrator is null)
                    {
                        reason = "the binary model has no Platt calibrator";
                        return null;
                    }
                    return ([.. binary.Model.Weights], [binary.Model.Bias], ((ISingleFeaturePredictionTransformer<PlattCalibrator>)calibrator).Model);
                case BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> calibrated:
                    return ([.. calibrated.Model.SubModel.Weights], [calibrated.Model.SubModel.Bias], calibrated.Model.Calibrator);
                case MulticlassPredictionTransformer<MaximumEntropyModelParameters> multiclass:
                    VBuffer<float>[] rows = [];
                    multiclass.Model.GetWeights(ref rows, out var classes);
                    var biases = multiclass.Model.GetBiases();
                    var features = rows[0].Length;
                    var weights = new float[features * classes];
                    for (var k = 0; k < classes; k++)
                    {
                        var dense = rows[k].DenseValues().ToArray();
                        for (var f = 0; f < features; f++)
                        {
                            weights[f * classes + k] = dense[f];
                        }
                    }
                    return (weights, [.. biases.Select(b => (double)b)], null);
            }
        }
        reason = "the model is not a linear binary or maximum-entropy model";
        return null;
    }
}
