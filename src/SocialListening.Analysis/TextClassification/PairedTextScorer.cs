using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Scores two linear text models on one text in one walk: the first model reads the text followed by a suffix (the
/// complaint model reads the stage model's text plus its cue tokens), the second reads the text alone. Their
/// vocabularies are merged into one table holding both slots, so each n-gram is hashed and probed once for the two
/// (<see cref="PairedNgramTable"/>, which holds both models' weights in the entry),
/// and each model's counts and sums see its n-grams in the order <see cref="LinearTextScorer"/> sees them, so the
/// probabilities are the ones the two scorers give one by one.
/// </summary>
internal sealed class PairedTextScorer
{
    private readonly LinearTextScorer _suffixed;
    private readonly LinearTextScorer _plain;
    private readonly PairedNgramTable _chars;
    private readonly PairedNgramTable _words;
    private readonly int _charLength;
    private readonly ThreadLocal<PairedCounts> _counts;

    private PairedTextScorer(LinearTextScorer suffixed, LinearTextScorer plain, PairedNgramTable chars, PairedNgramTable words, bool vectors)
    {
        _suffixed = suffixed;
        _plain = plain;
        _chars = chars;
        _words = words;
        _charLength = Math.Max(suffixed.CharLength, plain.CharLength);
        _counts = new ThreadLocal<PairedCounts>(() => new PairedCounts(suffixed.Outputs, suffixed.Outputs + plain.Outputs, vectors));
    }

    /// <summary>
    /// The paired scorer of two models, or null when one walk cannot stand for two: the walk stops lengthening an
    /// n-gram only when neither model knows it, which is exact only for vocabularies holding their prefixes; and the
    /// two models' n-grams must fit in one table (see <see cref="PairedNgramTable.TryCreate"/>).
    /// </summary>
    /// <param name="vectors">Whether the weight sums use 256-bit vectors (<see cref="PairedCounts"/>): where the
    /// processor has them, unless a test asks for the loop.</param>
    public static PairedTextScorer? TryCreate(LinearTextScorer? suffixed, LinearTextScorer? plain, bool vectors = true)
    {
        if (suffixed is not { Closed: true } || plain is not { Closed: true })
        {
            return null;
        }
        var chars = PairedNgramTable.TryCreate(Merge(suffixed.Chars, plain.Chars), suffixed.Weights, suffixed.Outputs, plain.Weights, plain.Outputs);
        var words = PairedNgramTable.TryCreate(Merge(suffixed.Words, plain.Words), suffixed.Weights, suffixed.Outputs, plain.Weights, plain.Outputs);
        return chars is null || words is null ? null : new PairedTextScorer(suffixed, plain, chars, words, vectors && PairedCounts.VectorsAccelerated);
    }

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
        var counts = _counts.Value!;
        _suffixed.Start(suffixedOutput);
        _plain.Start(plainOutput);
        // At most _charLength n-grams start at each position (markers included), one more for the plain text's end.
        counts.Begin(((suffixedText.Length + 2) * _charLength) + 1);
        CountChars(text.Length, suffixedText, counts);
        counts.AddNormalised(suffixedOutput, plainOutput);
        // A word and a pair start at each word at most.
        counts.Begin(suffixedText.Length + 1);
        CountWords(text.Length, suffixedText, counts);
        counts.AddNormalised(suffixedOutput, plainOutput);
        _suffixed.Finish(suffixedOutput);
        _plain.Finish(plainOutput);
        return true;
    }

    // Positions are those of the suffixed text between its markers. The plain text's n-grams are the ones that end at
    // or before its last character, plus those ending in its end marker, which stands where the suffix's space is.
    private void CountChars(int plainLength, string text, PairedCounts counts)
    {
        var table = _chars;
        ref var first = ref table.First;
        var secondStart = table.SecondStart;
        var length = text.Length + 2;
        var ahead = Math.Min(length, PrefetchDistance);
        for (var t = 0; t < ahead; t++)
        {
            PrefetchAt(ref first, text, length, t);
        }
        var hasSuffix = text.Length > plainLength;
        var plainEnd = hasSuffix ? plainLength + 1 : int.MaxValue;
        for (var i = 0; i < length; i++)
        {
            if (i + PrefetchDistance < length)
            {
                PrefetchAt(ref first, text, length, i + PrefetchDistance);
            }
            var key = NgramKey.Empty;
            var last = Math.Min(length, i + _charLength);
            var plainAlive = i <= plainEnd;
            for (var j = i; j < last; j++)
            {
                if (j == plainEnd)
                {
                    if (plainAlive)
                    {
                        ref var endEntry = ref table.Find(ref first, NgramKey.Add(key, LinearTextScorer.EndMarker), out var end);
                        counts.Count(ref endEntry, end, false, endEntry.InSecond(secondStart));
                    }
                    plainAlive = false;
                }
                key = NgramKey.Add(key, LinearTextScorer.CharAt(text, j, length));
                ref var entry = ref table.Find(ref first, key, out var index);
                var inFirst = entry.InFirst;
                plainAlive = plainAlive && entry.InSecond(secondStart);
                counts.Count(ref entry, index, inFirst, plainAlive);
                if (!inFirst && !plainAlive)
                {
                    break;
                }
            }
        }
    }

    // The table is megabytes, so a lookup is a cache miss, and in the walk each waits for the one before (the walk
    // stops at an unknown n-gram). So the walk asks for the table's lines of the n-grams starting PrefetchDistance
    // positions ahead of it, with prefetches, which the processor overlaps and does not wait for: by the time the
    // walk reaches them, they are in the cache. A first pass of plain reads over the whole text (1.2x over no
    // read-ahead) did the same but waited for each line to retire; the prefetches ahead of the walk are 6-12 % faster
    // still (round 8 in docs/benchmarks.md).
    private const int PrefetchDistance = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchAt(ref PairedNgramTable.Entry first, string text, int length, int i)
    {
        var key = NgramKey.Empty;
        var last = Math.Min(length, i + _charLength);
        for (var j = i; j < last; j++)
        {
            key = NgramKey.Add(key, LinearTextScorer.CharAt(text, j, length));
            _chars.Prefetch(ref first, key);
        }
    }

    // Words wholly inside the plain text are both models'; the suffix's words (after the plain text's end) are the
    // first model's only, and so is the pair of the plain text's last word and the suffix's first.
    private void CountWords(int plainLength, string text, PairedCounts counts)
    {
        var table = _words;
        ref var first = ref table.First;
        var secondStart = table.SecondStart;
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
            ref var entry = ref table.Find(ref first, key, out var index);
            var known = (Suffixed: entry.InFirst, Plain: inPlain && entry.InSecond(secondStart));
            counts.Count(ref entry, index, known.Suffixed, known.Plain);
            var pairSuffixed = hasPrevious && previousKnown.Suffixed && known.Suffixed;
            var pairPlain = hasPrevious && previousKnown.Plain && known.Plain;
            if (pairSuffixed || pairPlain)
            {
                ref var pairEntry = ref table.Find(ref first, NgramKey.Pair(previous, word), out var pair);
                counts.Count(ref pairEntry, pair, pairSuffixed && pairEntry.InFirst, pairPlain && pairEntry.InSecond(secondStart));
            }
            previous = key;
            previousKnown = known;
            hasPrevious = true;
        }
    }

    private static List<(ulong Key, int First, int Second)> Merge(NgramTable first, NgramTable second)
    {
        var slots = first.Entries.ToDictionary(e => e.Key, e => (First: e.Slot, Second: -1));
        foreach (var (key, slot) in second.Entries)
        {
            slots[key] = (slots.TryGetValue(key, out var known) ? known.First : -1, slot);
        }
        return [.. slots.Select(p => (p.Key, p.Value.First, p.Value.Second))];
    }
}
