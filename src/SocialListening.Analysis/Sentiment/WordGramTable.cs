namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// What the character n-grams of words add to one classifier's scores, remembered per word: an open-addressing
/// table keyed by a 64-bit hash of the word, each slot holding key and sums together so a lookup reads one cache
/// line (a dictionary of strings reads its entry, then the key string, then compares). Full at half its slots, it
/// forgets everything and starts again. Two different words with the same 64-bit hash would share a sum: among the
/// at most <see cref="MaxWords"/> words held at once, the odds are about one in a billion billions.
/// Not thread-safe: one per scoring sink.
/// </summary>
internal sealed class WordGramTable
{
    public const int MaxWords = 1 << 15;
    private const int Slots = MaxWords * 2;
    private readonly Slot[] _slots = new Slot[Slots];
    private int _count;

    public static ulong Key(string word)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211ul;
        }
        // Zero marks an empty slot.
        return hash | 1;
    }

    public bool TryGet(ulong key, out float sum0, out float sum1, out float sum2, out int count)
    {
        for (var i = Start(key); ; i = (i + 1) & (Slots - 1))
        {
            ref var slot = ref _slots[i];
            if (slot.Key == key)
            {
                (sum0, sum1, sum2, count) = (slot.Sum0, slot.Sum1, slot.Sum2, slot.Count);
                return true;
            }
            if (slot.Key == 0)
            {
                (sum0, sum1, sum2, count) = (0, 0, 0, 0);
                return false;
            }
        }
    }

    public void Add(ulong key, float sum0, float sum1, float sum2, int count)
    {
        if (_count >= MaxWords)
        {
            Array.Clear(_slots);
            _count = 0;
        }
        var i = Start(key);
        while (_slots[i].Key != 0 && _slots[i].Key != key)
        {
            i = (i + 1) & (Slots - 1);
        }
        if (_slots[i].Key == 0)
        {
            _count++;
        }
        _slots[i] = new Slot { Key = key, Sum0 = sum0, Sum1 = sum1, Sum2 = sum2, Count = count };
    }

    private static int Start(ulong key) => (int)((key * 0x9E3779B97F4A7C15ul) >> 48) & (Slots - 1);

    private struct Slot
    {
        public ulong Key;
        public float Sum0, Sum1, Sum2;
        public int Count;
    }
}
