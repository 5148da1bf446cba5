using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// An open-addressing map from <see cref="NgramKey"/> to the feature slots of one or two models (the second -1 for a
/// single model, or when only the first knows the n-gram), read-only once built: key and slots side by side in
/// 16 bytes, in an array at most half full, probed linearly, so a lookup usually reads one cache line. Two models
/// in one table (see <see cref="PairedTextScorer"/>) cost one probe an n-gram instead of two.
/// </summary>
internal sealed class NgramTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public NgramTable(IReadOnlyList<(ulong Key, int Slot)> entries)
        : this([.. entries.Select(e => (e.Key, e.Slot, -1))])
    {
    }

    public NgramTable(IReadOnlyList<(ulong Key, int First, int Second)> entries)
    {
        var bits = 4;
        while ((1 << bits) < entries.Count * 2)
        {
            bits++;
        }
        _entries = new Entry[1 << bits];
        _entries.AsSpan().Fill(Entry.Empty);
        _shift = 64 - bits;
        foreach (var (key, first, second) in entries)
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
            _entries[i] = new Entry(key, first, second);
        }
    }

    /// <summary>The keys held, with their slots (for building a table of two models from the tables of each).</summary>
    public IEnumerable<(ulong Key, int First, int Second)> Entries =>
        _entries.Where(e => !e.IsEmpty).Select(e => (e.Key, e.First, e.Second));

    /// <summary>The (first) slot of the n-gram with this key, or -1 when the model does not know it.</summary>
    // Inlined into the scorer's loop (a method with a loop is not inlined by default: the call showed in the profile).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key) => FindEntry(key).First;

    /// <summary>The entry of the n-gram with this key: both slots -1 when neither model knows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly Entry FindEntry(ulong key)
    {
        var i = Home(key);
        while (true)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.IsEmpty || entry.Key == key)
            {
                return ref entry;
            }
            i = (i + 1) & (_entries.Length - 1);
        }
    }

    /// <summary>Reads the home slot of a key (its value unused), so that the lookup that follows hits the cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Touch(ulong key) => _entries[Home(key)].First;

    // Fibonacci hashing: FNV's low bits are weak, the product's high bits are not.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>A key and its slot in each model (-1: unknown to that model); empty when unknown to both.</summary>
    internal readonly record struct Entry(ulong Key, int First, int Second)
    {
        public static readonly Entry Empty = new(0, -1, -1);

        public bool IsEmpty => First < 0 && Second < 0;
    }
}
