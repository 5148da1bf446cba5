using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Scores two linear text models on one text in one walk: the first model reads the text followed by a suffix (the
/// complaint model reads the stage model's text plus its cue tokens), the second reads the text alone. Their
/// vocabularies are merged into one table holding both slots, so each n-gram is hashed and probed once for the two,
/// and each model's counts and sums see its n-grams in the order <see cref="LinearTextScorer"/> sees them, so the
/// probabilities are the ones the two scorers give one by one.
/// </summary>
internal sealed class PairedTextScorer
{
    private readonly LinearTextScorer _suffixed;
    private readonly LinearTextScorer _plain;
    private readonly NgramTable _chars;
    private readonly NgramTable _words;
    private readonly int _charLength;
    private readonly ThreadLocal<(NgramCounts Suffixed, NgramCounts Plain)> _counts;

    // Where the table reads ahead of the walk go, so that they are not optimised away.
    private readonly ThreadLocal<int> _sink = new();

    private PairedTextScorer(LinearTextScorer suffixed, LinearTextScorer plain)
    {
        _suffixed = suffixed;
        _plain = plain;
        _chars = new NgramTable(Merge(suffixed.Chars, plain.Chars));
        _words = new NgramTable(Merge(suffixed.Words, plain.Words));
        _charLength = Math.Max(suffixed.CharLength, plain.CharLength);
        _counts = new ThreadLocal<(NgramCounts, NgramCounts)>(() => (suffixed.NewCounts(), plain.NewCounts()));
    }

    /// <summary>
    /// The paired scorer of two models, or null when one walk cannot stand for two: the walk stops lengthening an
    /// n-gram only when neither model knows it, which is exact only for vocabularies holding their prefixes.
    /// </summary>
    public static PairedTextScorer? TryCreate(LinearTextScorer? suffixed, LinearTextScorer? plain) =>
        suffixed is { Closed: true } && plain is { Closed: true } ? new PairedTextScorer(suffixed, plain) : null;

    /// <summary>
    /// Writes the first model's outputs for <paramref name="suffixedText"/> (which must be <paramref name="text"/>,
    /// or it followed by a space and more) and the second model's for <paramref name="text"/>; false when either
    /// model would hand its text to ML.NET, or the text is empty (score those one model at a time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryScore(string text, string suffixedText, Span<double> suffixedOutput, Span<double> plainOutput)
    {
        if (text.Length == 0 || _suffixed.NeedsMlNet(suffixedText) || _plain.NeedsMlNet(text))
        {
            return false;
        }
        var (suffixed, plain) = _counts.Value;
        _suffixed.Start(suffixedOutput);
        _plain.Start(plainOutput);
        suffixed.Begin();
        plain.Begin();
        CountChars(text.Length, suffixedText, suffixed, plain);
        suffixed.AddNormalised(suffixedOutput);
        plain.AddNormalised(plainOutput);
        suffixed.Begin();
        plain.Begin();
        CountWords(text.Length, suffixedText, suffixed, plain);
        suffixed.AddNormalised(suffixedOutput);
        plain.AddNormalised(plainOutput);
        _suffixed.Finish(suffixedOutput);
        _plain.Finish(plainOutput);
        return true;
    }

    // Positions are those of the suffixed text between its markers. The plain text's n-grams are the ones that end at
    // or before its last character, plus those ending in its end marker, which stands where the suffix's space is.
    private void CountChars(int plainLength, string text, NgramCounts suffixed, NgramCounts plain)
    {
        var suffixedWeights = _suffixed.Weights;
        var plainWeights = _plain.Weights;
        var length = text.Length + 2;
        _sink.Value = TouchTable(text, length);
        var hasSuffix = text.Length > plainLength;
        var plainEnd = hasSuffix ? plainLength + 1 : int.MaxValue;
        for (var i = 0; i < length; i++)
        {
            var key = NgramKey.Empty;
            var last = Math.Min(length, i + _charLength);
            var plainAlive = i <= plainEnd;
            for (var j = i; j < last; j++)
            {
                if (j == plainEnd)
                {
                    if (plainAlive)
                    {
                        plain.Count(_chars.FindEntry(NgramKey.Add(key, LinearTextScorer.EndMarker)).Second, plainWeights);
                    }
                    plainAlive = false;
                }
                key = NgramKey.Add(key, LinearTextScorer.CharAt(text, j, length));
                ref readonly var entry = ref _chars.FindEntry(key);
                suffixed.Count(entry.First, suffixedWeights);
                if (plainAlive)
                {
                    plain.Count(entry.Second, plainWeights);
                    plainAlive = entry.Second >= 0;
                }
                if (entry.First < 0 && !plainAlive)
                {
                    break;
                }
            }
        }
    }

    // The table is megabytes, so a lookup is a cache miss, and in the walk each waits for the one before (the walk
    // stops at an unknown n-gram). Reading the home slot of every key first, in a loop of independent loads the
    // processor overlaps, brings the table's lines in for the walk: about 1.2x on the two stages (measured
    // interleaved, thread CPU time); reading the counts and weights ahead as well brought nothing more.
    private int TouchTable(string text, int length)
    {
        var sink = 0;
        for (var i = 0; i < length; i++)
        {
            var key = NgramKey.Empty;
            var last = Math.Min(length, i + _charLength);
            for (var j = i; j < last; j++)
            {
                key = NgramKey.Add(key, LinearTextScorer.CharAt(text, j, length));
                sink += _chars.Touch(key);
            }
        }
        return sink;
    }

    // Words wholly inside the plain text are both models'; the suffix's words (after the plain text's end) are the
    // first model's only, and so is the pair of the plain text's last word and the suffix's first.
    private void CountWords(int plainLength, string text, NgramCounts suffixed, NgramCounts plain)
    {
        var suffixedWeights = _suffixed.Weights;
        var plainWeights = _plain.Weights;
        var previous = 0UL;
        var hasPrevious = false;
        var previousKnown = (Suffixed: false, Plain: false);
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }
            var inPlain = range.End.Value <= plainLength;
            var key = NgramKey.Of(word);
            ref readonly var entry = ref _words.FindEntry(key);
            var known = (Suffixed: entry.First >= 0, Plain: inPlain && entry.Second >= 0);
            suffixed.Count(entry.First, suffixedWeights);
            if (inPlain)
            {
                plain.Count(entry.Second, plainWeights);
            }
            var pairSuffixed = hasPrevious && previousKnown.Suffixed && known.Suffixed;
            var pairPlain = hasPrevious && previousKnown.Plain && known.Plain;
            if (pairSuffixed || pairPlain)
            {
                ref readonly var pairEntry = ref _words.FindEntry(NgramKey.Pair(previous, word));
                if (pairSuffixed)
                {
                    suffixed.Count(pairEntry.First, suffixedWeights);
                }
                if (pairPlain)
                {
                    plain.Count(pairEntry.Second, plainWeights);
                }
            }
            previous = key;
            previousKnown = known;
            hasPrevious = true;
        }
    }

    private static List<(ulong Key, int First, int Second)> Merge(NgramTable first, NgramTable second)
    {
        var slots = first.Entries.ToDictionary(e => e.Key, e => (First: e.First, Second: -1));
        foreach (var (key, slot, _) in second.Entries)
        {
            slots[key] = (slots.TryGetValue(key, out var known) ? known.First : -1, slot);
        }
        return [.. slots.Select(p => (p.Key, p.Value.First, p.Value.Second))];
    }
}
