using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// One block of one text's n-gram counts for the two models of a <see cref="PairedNgramTable"/> (per thread): each
/// n-gram met is counted under its entry index in a small table of the text's own n-grams, which stays in the
/// nearest cache, with the running weight sums and squared counts of each model, so each block's L2-normalised
/// contribution comes without a second pass. A new block is a new stamp, not a cleared table, and uses only the
/// first part of the table that its n-grams need: the table grows to the longest text met, and a tweet's few hundred
/// n-grams spread over a review's table (the count table's lookups were 9 % of the scorer's time in its profile).
/// <para>The weight sums are two vectors of four doubles, whose lanes are the lanes of an entry read as eight floats
/// (the key check, then the seven weights): each count adds the entry's floats widened to doubles, masked to the
/// lanes of the models that know the n-gram, in two additions where a loop made one per output (the sums were a
/// fifth of the scorer's walk; 17 % less time for the stage, round 9 in docs/benchmarks.md). Each lane adds the same
/// doubles in the same order as the loop, so the sums are the same to the bit. The loop is kept for processors
/// without 256-bit vectors.</para>
/// </summary>
internal sealed class PairedCounts(int secondStart, int outputs, bool vectors)
{
    /// <summary>Whether the sums go through 256-bit vectors on this processor.</summary>
    public static readonly bool VectorsAccelerated = Vector256.IsHardwareAccelerated;

    private readonly double[] _sums = new double[PairedNgramTable.MaxOutputs];
    // Lane l of the two vectors is the entry's float l: the check in lane 0 (always masked out), weight k in lane k + 1.
    private readonly (Vector256<double> Low, Vector256<double> High) _firstLanes = Lanes(1, secondStart + 1);
    private readonly (Vector256<double> Low, Vector256<double> High) _secondLanes = Lanes(secondStart + 1, outputs + 1);
    private Vector256<double> _low;
    private Vector256<double> _high;
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
        if (vectors)
        {
            _low = default;
            _high = default;
        }
        else
        {
            Array.Clear(_sums);
        }
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
        }
        if (second)
        {
            _secondSquares += 2 * slot.Second + 1;
            slot.Second++;
        }
        if (vectors)
        {
            var row = Vector256.LoadUnsafe(ref Unsafe.As<PairedNgramTable.Entry, float>(ref entry));
            var low = (first ? _firstLanes.Low : default) | (second ? _secondLanes.Low : default);
            var high = (first ? _firstLanes.High : default) | (second ? _secondLanes.High : default);
            _low += Vector256.WidenLower(row) & low;
            _high += Vector256.WidenUpper(row) & high;
            return;
        }
        if (first)
        {
            for (var k = 0; k < secondStart; k++)
            {
                _sums[k] += entry.Weights[k];
            }
        }
        if (second)
        {
            for (var k = secondStart; k < outputs; k++)
            {
                _sums[k] += entry.Weights[k];
            }
        }
    }

    /// <summary>Adds each model's weight sums divided by its L2 norm, as ML.NET's FeaturizeText normalises a block.</summary>
    public void AddNormalised(Span<double> first, Span<double> second)
    {
        // The vectors' lanes after the check's are the weights' sums, in the loop's order.
        Span<double> lanes = stackalloc double[2 * Vector256<double>.Count];
        scoped ReadOnlySpan<double> sums = _sums;
        if (vectors)
        {
            _low.CopyTo(lanes);
            _high.CopyTo(lanes[Vector256<double>.Count..]);
            sums = lanes[1..];
        }
        if (_firstSquares > 0)
        {
            var norm = Math.Sqrt(_firstSquares);
            for (var k = 0; k < first.Length; k++)
            {
                first[k] += sums[k] / norm;
            }
        }
        if (_secondSquares > 0)
        {
            var norm = Math.Sqrt(_secondSquares);
            for (var k = 0; k < second.Length; k++)
            {
                second[k] += sums[secondStart + k] / norm;
            }
        }
    }

    private static (Vector256<double> Low, Vector256<double> High) Lanes(int from, int to)
    {
        Span<long> lanes = stackalloc long[8];
        lanes[from..to].Fill(-1);
        return (Vector256.Create<long>(lanes[..4]).AsDouble(), Vector256.Create<long>(lanes[4..]).AsDouble());
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
