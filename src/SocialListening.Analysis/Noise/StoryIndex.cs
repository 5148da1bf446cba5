namespace SocialListening.Analysis.Noise;

/// <summary>
/// The stories (groups of near-identical texts) seen so far, bounded: fingerprints are found by four 16-bit bands
/// (two fingerprints at most 3 bits apart share at least one band exactly). Short texts are never copies.
/// A mention that finds its own story (enriched again: a re-import, or a resumed one) is that story's first mention again.
/// Not thread-safe: <see cref="NearDuplicateStage"/> locks around it.
/// </summary>
public sealed class StoryIndex(NoiseOptions options)
{
    // The bands are chained through slot numbers, not lists of stories: the index holds up to 200,000 stories for
    // the life of the process, and a garbage collection of the young generation scans every old object a young one
    // was written into. Four lists a story, spread over the heap, made each of the import's collections scan
    // thousands of them (a third of its pauses); slots and chains are arrays of numbers, and the stories one array
    // written in order (round 8 in docs/benchmarks.md).
    private const int Bands = 4;
    private const int BandValues = 1 << 16;
    private const int None = -1;

    // Story in each slot. While the index is not full, slots fill in order; once full, the oldest slot is reused.
    private Story?[] _slots = [];
    // First slot of each band value's chain (band * BandValues + value), and each slot's next in each band's chain
    // (slot * Bands + band), newest first.
    private int[]? _heads;
    private int[] _next = [];
    private int _count;
    private int _oldest;

    /// <summary>Whether a text of this many words has a fingerprint (and so can be a copy, and is kept in the index).</summary>
    public bool IsLongEnough(int wordCount) => wordCount >= options.MinWords;

    /// <summary>Adds a story remembered from an earlier run.</summary>
    public void Restore(string id, ulong fingerprint, DateTimeOffset lastSeen) =>
        Remember(new Story(id, fingerprint) { LastSeen = lastSeen });

    public int Count => _count;

    /// <summary>The story a text of <paramref name="wordCount"/> words with this <see cref="SimHash"/> fingerprint
    /// belongs to, or a new story with <paramref name="id"/> as its first mention.</summary>
    public (Story Story, bool IsNew) Join(string id, int wordCount, ulong fingerprint, DateTimeOffset at)
    {
        if (!IsLongEnough(wordCount))
        {
            return (new Story(id, 0), true);
        }
        // The nearest story within the distance and the window; among equals, the first found by band, then by age.
        Story? best = null;
        var bestDistance = int.MaxValue;
        if (_heads is { } heads)
        {
            for (var band = 0; band < Bands; band++)
            {
                Story? bandBest = null;
                var bandDistance = int.MaxValue;
                var bandAge = int.MaxValue;
                for (var slot = heads[Head(fingerprint, band)]; slot != None; slot = _next[(slot * Bands) + band])
                {
                    var story = _slots[slot]!;
                    var distance = SimHash.Distance(story.Fingerprint, fingerprint);
                    if (distance <= options.MaxDistance && (at - story.LastSeen).Duration() <= options.StoryWindow
                        && (distance < bandDistance || (distance == bandDistance && Age(slot) < bandAge)))
                    {
                        (bandBest, bandDistance, bandAge) = (story, distance, Age(slot));
                    }
                }
                if (bandDistance < bestDistance)
                {
                    (best, bestDistance) = (bandBest, bandDistance);
                }
            }
        }
        if (best is not null)
        {
            best.LastSeen = at > best.LastSeen ? at : best.LastSeen;
            return (best, best.Id == id);
        }
        var story1 = new Story(id, fingerprint) { LastSeen = at };
        Remember(story1);
        return (story1, true);
    }

    // Puts the story in a free slot, or in the oldest one's when the index is full (that story is forgotten).
    private void Remember(Story story)
    {
        if (options.Capacity <= 0)
        {
            return;
        }
        int slot;
        if (_count < options.Capacity)
        {
            slot = _count++;
            if (slot == _slots.Length)
            {
                Grow();
            }
        }
        else
        {
            slot = _oldest;
            _oldest = (_oldest + 1) % options.Capacity;
            Unlink(slot);
        }
        _slots[slot] = story;
        var heads = _heads ??= NewHeads();
        for (var band = 0; band < Bands; band++)
        {
            var head = Head(story.Fingerprint, band);
            _next[(slot * Bands) + band] = heads[head];
            heads[head] = slot;
        }
    }

    private void Unlink(int slot)
    {
        var heads = _heads!;
        var fingerprint = _slots[slot]!.Fingerprint;
        for (var band = 0; band < Bands; band++)
        {
            var head = Head(fingerprint, band);
            if (heads[head] == slot)
            {
                heads[head] = _next[(slot * Bands) + band];
                continue;
            }
            var previous = heads[head];
            while (_next[(previous * Bands) + band] != slot)
            {
                previous = _next[(previous * Bands) + band];
            }
            _next[(previous * Bands) + band] = _next[(slot * Bands) + band];
        }
    }

    private void Grow()
    {
        var size = (int)Math.Min(options.Capacity, Math.Max(1024L, _slots.Length * 2L));
        Array.Resize(ref _slots, size);
        Array.Resize(ref _next, size * Bands);
    }

    // A slot's rank from the oldest story (0) to the newest, for ties (the oldest story wins, as the first one found):
    // slots fill in order, then are reused from the oldest on, so the rank is the distance from the oldest slot.
    private int Age(int slot) => (slot - _oldest + options.Capacity) % options.Capacity;

    private static int[] NewHeads()
    {
        var heads = new int[Bands * BandValues];
        Array.Fill(heads, None);
        return heads;
    }

    private static int Head(ulong fingerprint, int band) => (band * BandValues) + (ushort)(fingerprint >> (16 * band));
}

/// <summary>A group of near-identical texts: the key of its first mention, and when its low-reach copies were posted.</summary>
public sealed class Story(string id, ulong fingerprint)
{
    public string Id { get; } = id;
    public ulong Fingerprint { get; } = fingerprint;
    public DateTimeOffset LastSeen { get; set; }
    public int Size { get; set; } = 1;
    // Made when the story's first post from a low-reach account comes: most stories have none.
    public List<DateTimeOffset> LowReachPosts => _lowReachPosts ??= [];

    private List<DateTimeOffset>? _lowReachPosts;
}
