using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// One block of one text's n-gram counts for the two models of a <see cref="PairedNgramTable"/> (per thread): each
/// n-gram met is counted under its entry index in a small table of the text's own n-grams, which stays in the
/// nearest cache, with the running weight sums and squared counts of each model, so each block's L2-normalised
/// contribution comes without a second pass. A new block is a new stamp, not a cleared table, and uses only the
/// first part of the table that its n-grams need: the table grows to the longest text met, and a tweet's few hundred
/// n-grams spread over a review's table (the count table's lookups were 9 % of the scorer's time in its profile).
/// </summary>
internal sealed class PairedCounts(int secondStart, int outputs)
{
    private readonly double[] _sums = new double[PairedNgramTable.MaxOutputs];
    private Slot[] _slots = new Slot[1024];
    private int _stamp;
    private int _mask;
    private double _firstSquares;
    private double _secondSquares;

    /// <summary>Starts a block of at most <paramref name="ngrams"/> n-grams.</summary>
    public void Begin(int ngrams)
    {
        var size = (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(ngrams, 1) * 2));
        if (size > _slots.Length)
        {
            _slots = new Slot[size];
            _stamp = 0;
        }
        _mask = size - 1;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_slots);
            _stamp = 1;
        }
        Array.Clear(_sums);
        _firstSquares = 0;
        _secondSquares = 0;
    }

    /// <summary>Counts one occurrence of the n-gram at <paramref name="index"/> for the models that know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(ref PairedNgramTable.Entry entry, int index, bool first, bool second)
    {
        if (!first && !second)
        {
            return;
        }
        ref var slot = ref Find(index);
        if (first)
        {
            _firstSquares += 2 * slot.First + 1;
            slot.First++;
            for (var k = 0; k < secondStart; k++)
            {
                _sums[k] += entry.Weights[k];
            }
        }
        if (second)
        {
            _secondSquares += 2 * slot.Second + 1;
            slot.Second++;
            for (var k = secondStart; k < outputs; k++)
            {
                _sums[k] += entry.Weights[k];
            }
        }
    }

    /// <summary>Adds each model's weight sums divided by its L2 norm, as ML.NET's FeaturizeText normalises a block.</summary>
    public void AddNormalised(Span<double> first, Span<double> second)
    {
        if (_firstSquares > 0)
        {
            var norm = Math.Sqrt(_firstSquares);
            for (var k = 0; k < first.Length; k++)
            {
                first[k] += _sums[k] / norm;
            }
        }
        if (_secondSquares > 0)
        {
            var norm = Math.Sqrt(_secondSquares);
            for (var k = 0; k < second.Length; k++)
            {
                second[k] += _sums[secondStart + k] / norm;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot Find(int index)
    {
        var mask = _mask;
        // Entry indexes are already hashes (the table's home positions), spread over a larger range.
        var i = index & mask;
        while (true)
        {
            ref var slot = ref _slots[i];
            if (slot.Stamp != _stamp)
            {
                slot = new Slot { Stamp = _stamp, Index = index };
                return ref slot;
            }
            if (slot.Index == index)
            {
                return ref slot;
            }
            i = (i + 1) & mask;
        }
    }

    private struct Slot
    {
        public int Stamp;
        public int Index;
        public int First;
        public int Second;
    }
}
