using SocialListening.Analysis.Noise;

namespace SocialListening.Analysis.Tests.Noise;

public sealed class StoryIndexTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3, 1)]
    [InlineData(50, 2)]
    [InlineData(2000, 3)]
    public void Join_FindsTheStoriesAPlainScanOfTheRememberedOnesFinds(int capacity, int seed)
    {
        // Fingerprints drawn from a few families of near copies (a few bits apart, so they share bands and tie on
        // distance), over a window that lets some stories expire, with the index full most of the time.
        var options = new NoiseOptions { Capacity = capacity, StoryWindow = TimeSpan.FromHours(6) };
        var index = new StoryIndex(options);
        var reference = new PlainScan(options);
        var random = new Random(seed);
        var families = Enumerable.Range(0, 40).Select(_ => (ulong)random.NextInt64()).ToArray();
        var newStories = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var fingerprint = families[random.Next(families.Length)];
            for (var flips = random.Next(5); flips > 0; flips--)
            {
                fingerprint ^= 1UL << random.Next(64);
            }
            var at = Start.AddMinutes(i);
            var wordCount = random.Next(20) == 0 ? 3 : 12;

            var (story, isNew) = index.Join($"m{i}", wordCount, fingerprint, at);
            var (expected, expectedNew) = reference.Join($"m{i}", wordCount, fingerprint, at);

            Assert.Equal(expected.Id, story.Id);
            Assert.Equal(expectedNew, isNew);
            Assert.Equal(expected.LastSeen, story.LastSeen);
            newStories += isNew ? 1 : 0;
        }
        Assert.Equal(Math.Min(capacity, reference.Count), index.Count);
        // The draw must exercise both outcomes, or the comparison proves little.
        Assert.InRange(newStories, 100, 19_900);
    }

    [Fact]
    public void A_full_index_forgets_its_oldest_story_first()
    {
        var index = new StoryIndex(new NoiseOptions { Capacity = 2 });
        const ulong first = 0x1111_2222_3333_4444;
        const ulong second = 0x5555_6666_7777_8888;
        const ulong third = 0x9999_AAAA_BBBB_CCCC;
        index.Join("a", 12, first, Start);
        index.Join("b", 12, second, Start);
        index.Join("c", 12, third, Start);

        Assert.Equal(2, index.Count);
        Assert.True(index.Join("a2", 12, first, Start).IsNew);
        Assert.Equal("c", index.Join("c2", 12, third, Start).Story.Id);
    }

    [Fact]
    public void Restored_stories_are_found_like_joined_ones()
    {
        var index = new StoryIndex(new NoiseOptions());
        index.Restore("old", 0xABCD_EF01_2345_6789, Start);

        var (story, isNew) = index.Join("new", 12, 0xABCD_EF01_2345_6788, Start.AddHours(1));

        Assert.Equal("old", story.Id);
        Assert.False(isNew);
        Assert.Equal(Start.AddHours(1), story.LastSeen);
    }

    // What the index must answer, by brute force: every remembered story, oldest first, looked at band by band
    // (a story is a candidate in a band when that band of its fingerprint is the text's), the first of the nearest
    // within the distance and the window wins.
    private sealed class PlainScan(NoiseOptions options)
    {
        private readonly List<Story> _stories = [];

        public int Count => _stories.Count;

        public (Story Story, bool IsNew) Join(string id, int wordCount, ulong fingerprint, DateTimeOffset at)
        {
            if (wordCount < options.MinWords)
            {
                return (new Story(id, 0), true);
            }
            Story? best = null;
            var bestDistance = int.MaxValue;
            for (var band = 0; band < 4; band++)
            {
                foreach (var story in _stories.Where(s => (ushort)(s.Fingerprint >> (16 * band)) == (ushort)(fingerprint >> (16 * band))))
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
            var created = new Story(id, fingerprint) { LastSeen = at };
            _stories.Add(created);
            if (_stories.Count > options.Capacity)
            {
                _stories.RemoveAt(0);
            }
            return (created, true);
        }
    }
}
