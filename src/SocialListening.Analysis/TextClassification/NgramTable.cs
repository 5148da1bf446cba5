namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// An open-addressing map from <see cref="NgramKey"/> to a feature slot, read-only once built: one array of
/// key/slot pairs at most half full, probed linearly, so a lookup is usually one cache line.
/// </summary>
internal sealed class NgramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _shift;

    public NgramTable(IReadOnlyList<(ulong Key, int Slot)> entries)
    {
        var bits = 4;
        while ((1 << bits) < entries.Count * 2)
        {
            bits++;
        }
        _keys = new ulong[1 << bits];
        _slots = new int[1 << bits];
        _slots.AsSpan().Fill(-1);
        _shift = 64 - bits;
        foreach (var (key, slot) in entries)
        {
            var i = Home(key);
            while (_slots[i] >= 0)
            {
                if (_keys[i] == key)
                {
                    throw new InvalidDataException("two n-grams of the model share a key");
                }
                i = (i + 1) & (_keys.Length - 1);
            }
            _keys[i] = key;
            _slots[i] = slot;
        }
    }

    /// <summary>The slot of the n-gram with this key, or -1 when the model does not know it.</summary>
    public int Find(ulong key)
    {
        var i = Home(key);
        while (true)
        {
            var slot = _slots[i];
            if (slot < 0 || _keys[i] == key)
            {
                return slot;
            }
            i = (i + 1) & (_keys.Length - 1);
        }
    }

    // Fibonacci hashing: FNV's low bits are weak, the product's high bits are not.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
