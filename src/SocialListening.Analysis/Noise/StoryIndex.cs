namespace SocialListening.Analysis.Noise;

/// <summary>
/// The stories (groups of near-identical texts) seen so far, bounded: fingerprints are found by four 16-bit bands
/// (two fingerprints at most 3 bits apart share at least one band exactly). Short texts are never copies.
/// A mention that finds its own story (enriched again: a re-import, or a resumed one) is that story's first mention again.
/// Not thread-safe: <see cref="NearDuplicateStage"/> locks around it.
/// </summary>
public sealed class StoryIndex(NoiseOptions options)
{
    /// <summary>Whether a text of this many words has a fingerprint (and so can be a copy, and is kept in the index).</summary>
    public bool IsLongEnough(int wordCount) => wordCount >= options.MinWords;

    /// <summary>Adds a story remembered from an earlier run.</summary>
    public void Restore(string id, ulong fingerprint, DateTimeOffset lastSeen) =>
        Add(Remember(new Story(id, fingerprint) { LastSeen = lastSeen }));

    private readonly Dictionary<(int Band, ushort Value), List<Story>> _bands = [];
    private readonly Queue<Story> _age = new();

    public int Count => _age.Count;

    /// <summary>The story a text of <paramref name="wordCount"/> words with this <see cref="SimHash"/> fingerprint
    /// belongs to, or a new story with <paramref name="id"/> as its first mention.</summary>
    public (Story Story, bool IsNew) Join(string id, int wordCount, ulong fingerprint, DateTimeOffset at)
    {
        if (!IsLongEnough(wordCount))
        {
            return (new Story(id, 0), true);
        }
        Story? best = null;
        var bestDistance = int.MaxValue;
        for (var band = 0; band < 4; band++)
        {
            if (!_bands.TryGetValue((band, Band(fingerprint, band)), out var candidates))
            {
                continue;
            }
            foreach (var story in candidates)
            {
                var distance = SimHash.Distance(story.Fingerprint, fingerprint);
                if (distance <= options.MaxDistance && distance < bestDistance && (at - story.LastSeen).Duration() <= options.StoryWindow)
                {
                    (best, bestDistance) = (story, distance);
                }
            }
        }
        if (best is not null)
        {
            best.LastSeen = at > best.LastSeen ? at : best.LastSeen;
            return (best, best.Id == id);
        }
        var story1 = Remember(new Story(id, fingerprint) { LastSeen = at });
        Add(story1);
        return (story1, true);
    }

    private void Add(Story story)
    {
        for (var band = 0; band < 4; band++)
        {
            var slot = (band, Band(story.Fingerprint, band));
            if (!_bands.TryGetValue(slot, out var list))
            {
                _bands[slot] = list = [];
            }
            list.Add(story);
        }
    }

    private Story Remember(Story story)
    {
        _age.Enqueue(story);
        while (_age.Count > options.Capacity)
        {
            Forget(_age.Dequeue());
        }
        return story;
    }

    private void Forget(Story story)
    {
        for (var band = 0; band < 4; band++)
        {
            var slot = (band, Band(story.Fingerprint, band));
            if (_bands.TryGetValue(slot, out var list) && list.Remove(story) && list.Count == 0)
            {
                _bands.Remove(slot);
            }
        }
    }

    private static ushort Band(ulong fingerprint, int band) => (ushort)(fingerprint >> (16 * band));
}

/// <summary>A group of near-identical texts: the key of its first mention, and when its low-reach copies were posted.</summary>
public sealed class Story(string id, ulong fingerprint)
{
    public string Id { get; } = id;
    public ulong Fingerprint { get; } = fingerprint;
    public DateTimeOffset LastSeen { get; set; }
    public int Size { get; set; } = 1;
    public List<DateTimeOffset> LowReachPosts { get; } = [];
}
