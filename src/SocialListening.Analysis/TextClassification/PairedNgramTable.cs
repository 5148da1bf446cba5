using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// The n-grams two linear models know, for <see cref="PairedTextScorer"/>: an open-addressing table, at most half
/// full and probed linearly, whose 32-byte entries hold a check of the key and the weights of both models side by
/// side (the first model's outputs, then the second's; NaN where that model does not know the n-gram), laid out on
/// 64-byte lines. A lookup reads one cache line where a table of slots then each model's weight row and count read
/// five: the table is megabytes, so each of those was a miss, and they were most of the paired scorer's time.
/// <para>The entry keeps 32 bits of the 64-bit key (the low ones; the home position comes from the high bits of its
/// product with the golden ratio) so that seven weights fit: the n-grams of the models never mistake one another
/// (checked at build), but an n-gram neither model knows is taken for one they know when its 32 bits match an entry
/// of its probe run, about 3.5·10⁻¹⁰ a lookup, or one n-gram's weight added to one mention in three million at
/// about 900 lookups a mention.</para>
/// </summary>
internal sealed class PairedNgramTable
{
    /// <summary>The outputs the two models may have together (an entry is a key and this many floats).</summary>
    public const int MaxOutputs = 7;

    private const int EntryBytes = 32;
    private const int LineBytes = 64;

    // Pinned, so that the offset that puts the entries on cache-line boundaries stays right.
    private readonly byte[] _bytes;
    private readonly int _offset;
    private readonly int _mask;
    private readonly int _shift;

    private PairedNgramTable(int count, int firstOutputs)
    {
        SecondStart = firstOutputs;
        var bits = 4;
        while ((1 << bits) < count * 2)
        {
            bits++;
        }
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        _bytes = GC.AllocateArray<byte>(((1 << bits) * EntryBytes) + LineBytes, pinned: true);
        _offset = (int)((LineBytes - (Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0) % LineBytes)) % LineBytes);
        var table = Entries;
        for (var i = 0; i < table.Length; i++)
        {
            table[i].Weights[0] = float.NaN;
            table[i].Weights[SecondStart] = float.NaN;
        }
    }

    /// <summary>The table of two models' n-grams, or null when they do not fit in one: more than
    /// <see cref="MaxOutputs"/> outputs together, or two n-grams whose key checks would be mistaken for one another
    /// (about one pair of vocabularies in ten thousand).</summary>
    /// <param name="entries">Each n-gram's key and its slot in each model (-1: unknown to that model).</param>
    /// <param name="first">The first model's weights, <paramref name="firstOutputs"/> floats a slot.</param>
    /// <param name="second">The second model's weights, <paramref name="secondOutputs"/> floats a slot.</param>
    public static PairedNgramTable? TryCreate(IReadOnlyCollection<(ulong Key, int First, int Second)> entries, float[] first, int firstOutputs, float[] second, int secondOutputs)
    {
        if (firstOutputs + secondOutputs > MaxOutputs)
        {
            return null;
        }
        var result = new PairedNgramTable(entries.Count, firstOutputs);
        return result.Fill(entries, first, firstOutputs, second, secondOutputs) ? result : null;
    }

    private bool Fill(IReadOnlyCollection<(ulong Key, int First, int Second)> entries, float[] first, int firstOutputs, float[] second, int secondOutputs)
    {
        var table = Entries;
        foreach (var (key, firstSlot, secondSlot) in entries)
        {
            var i = Home(key);
            while (!table[i].IsEmpty(SecondStart))
            {
                if (table[i].Check == (uint)key)
                {
                    return false;
                }
                i = (i + 1) & _mask;
            }
            ref var entry = ref table[i];
            entry.Check = (uint)key;
            for (var k = 0; k < MaxOutputs; k++)
            {
                entry.Weights[k] = float.NaN;
            }
            if (firstSlot >= 0)
            {
                first.AsSpan(firstSlot * firstOutputs, firstOutputs).CopyTo(entry.Weights[..firstOutputs]);
            }
            if (secondSlot >= 0)
            {
                second.AsSpan(secondSlot * secondOutputs, secondOutputs).CopyTo(entry.Weights[SecondStart..(SecondStart + secondOutputs)]);
            }
        }
        return true;
    }

    /// <summary>Where the second model's weights start in an entry (the first model's number of outputs).</summary>
    public int SecondStart { get; }

    /// <summary>Number of entries, empty ones included (the entry indexes run below it).</summary>
    public int Capacity => _mask + 1;

    private Span<Entry> Entries => MemoryMarshal.Cast<byte, Entry>(_bytes.AsSpan(_offset, Capacity * EntryBytes));

    /// <summary>The first entry, which a scorer's loop holds on to and passes to <see cref="Find"/>.</summary>
    public ref Entry First => ref Unsafe.As<byte, Entry>(ref _bytes[_offset]);

    /// <summary>The entry of the n-gram with this key, and its index (<paramref name="index"/>, which identifies the
    /// n-gram for the counts): an empty entry (unknown to both) when neither model knows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Entry Find(ref Entry first, ulong key, out int index)
    {
        var i = Home(key);
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref first, i);
            if (entry.Check == (uint)key || entry.IsEmpty(SecondStart))
            {
                index = i;
                return ref entry;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Asks the processor for the cache line of a key's home entry without waiting for it, so that the
    /// lookup that follows hits the cache (nothing where the processor has no prefetch instruction we use).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ref Entry first, ulong key)
    {
        if (Sse.IsSupported)
        {
            // The table is pinned (see _bytes), so the address stays valid.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, Home(key))));
        }
    }

    // Fibonacci hashing: FNV's low bits are weak, the product's high bits are not.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>An n-gram's key check and the two models' weights for it.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Entry
    {
        public uint Check;
        public Row Weights;

        /// <summary>Whether the first model knows the n-gram.</summary>
        public readonly bool InFirst => !float.IsNaN(Weights[0]);

        /// <summary>Whether the second model knows the n-gram.</summary>
        public readonly bool InSecond(int secondStart) => !float.IsNaN(Weights[secondStart]);

        public readonly bool IsEmpty(int secondStart) => !InFirst && !InSecond(secondStart);
    }

    [InlineArray(MaxOutputs)]
    internal struct Row
    {
        private float _weight;
    }
}
