using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// An open-addressing map from <see cref="NgramKey"/> to a model's feature slot, read-only once built: key and slot
/// side by side, in an array at most half full, probed linearly, so a lookup usually reads one cache line. Two models
/// scored together use a <see cref="PairedNgramTable"/> instead.
/// </summary>
internal sealed class NgramTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public NgramTable(IReadOnlyList<(ulong Key, int Slot)> entries)
    {
        var bits = 4;
        while ((1 << bits) < entries.Count * 2)
        {
            bits++;
        }
        _entries = new Entry[1 << bits];
        _entries.AsSpan().Fill(Entry.Empty);
        _shift = 64 - bits;
        foreach (var (key, slot) in entries)
        {
            var i = Home(key);
            while (!_entries[i].IsEmpty)
            {
                if (_entries[i].Key == key)
                {
                    throw new InvalidDataException("two n-grams of the model share a key");
                }
                i = (i + 1) & (_entries.Length - 1);
            }
            _entries[i] = new Entry(key, slot);
        }
    }

    /// <summary>The keys held, with their slots (for building a table of two models from the tables of each).</summary>
    public IEnumerable<(ulong Key, int Slot)> Entries => _entries.Where(e => !e.IsEmpty).Select(e => (e.Key, e.Slot));

    /// <summary>The slot of the n-gram with this key, or -1 when the model does not know it.</summary>
    // Inlined into the scorer's loop (a method with a loop is not inlined by default: the call showed in the profile).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var i = Home(key);
        while (true)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.IsEmpty || entry.Key == key)
            {
                return entry.Slot;
            }
            i = (i + 1) & (_entries.Length - 1);
        }
    }

    // Fibonacci hashing: FNV's low bits are weak, the product's high bits are not.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>A key and its slot; empty (slot -1) when unknown.</summary>
    private readonly record struct Entry(ulong Key, int Slot)
    {
        public static readonly Entry Empty = new(0, -1);

        public bool IsEmpty => Slot < 0;
    }
}
