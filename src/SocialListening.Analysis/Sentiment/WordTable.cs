namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Something remembered per word: an open-addressing table keyed by a 64-bit hash of the word (<see cref="FeatureHashing.WordKey"/>, never zero), each slot holding
/// key and value together so a lookup reads one cache line (a dictionary of strings reads its entry, then the key
/// string, then compares). It starts small and doubles when half full, up to <see cref="MaxWords"/> words; full at
/// that size, it forgets everything and starts again (one table per thread, so its size matters in a server with
/// many threads). Two different words with the same 64-bit hash would share a value: among the at most
/// <see cref="MaxWords"/> words held at once, the odds are about one in a billion billions.
/// Not thread-safe: one per scoring sink.
/// </summary>
internal sealed class WordTable<T> where T : struct
{
    public const int MaxWords = 1 << 15;
    private const int FirstSlots = 1 << 10;
    private Slot[] _slots = new Slot[FirstSlots];
    private int _count;

    public bool TryGet(ulong key, out T value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Start(key, mask); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Key == key)
            {
                value = slot.Value;
                return true;
            }
            if (slot.Key == 0)
            {
                value = default;
                return false;
            }
        }
    }

    public void Add(ulong key, in T value)
    {
        if (_count >= _slots.Length / 2)
        {
            if (_slots.Length < MaxWords * 2)
            {
                Grow();
            }
            else
            {
                Array.Clear(_slots);
                _count = 0;
            }
        }
        if (Put(_slots, new Slot { Key = key, Value = value }))
        {
            _count++;
        }
    }

    private void Grow()
    {
        var larger = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                Put(larger, slot);
            }
        }
        _slots = larger;
    }

    // True when the key was not there yet.
    private static bool Put(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var i = Start(slot.Key, mask);
        while (slots[i].Key != 0 && slots[i].Key != slot.Key)
        {
            i = (i + 1) & mask;
        }
        var added = slots[i].Key == 0;
        slots[i] = slot;
        return added;
    }

    private static int Start(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15ul) >> 32) & mask;

    private struct Slot
    {
        public ulong Key;
        public T Value;
    }
}
