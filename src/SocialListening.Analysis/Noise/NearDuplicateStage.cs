using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Noise;

/// <summary>
/// Groups near-identical mentions (copies, retweets as text, copypasta) into stories: the first mention of a story
/// seen by this stage gets StoryId = its own "source/id" and Duplicate = false, every later copy the first one's key and
/// Duplicate = true, so a story counts once. A mention from a low-reach account whose story has at least
/// <see cref="NoiseOptions.BurstSize"/> low-reach copies within <see cref="NoiseOptions.BurstWindow"/> of it is
/// flagged Spam. The stories last for the stage's life, bounded by <see cref="NoiseOptions.Capacity"/>, and, with a
/// <paramref name="memory"/>, across runs: recalled before the first batch, and every batch's new or grown stories
/// remembered after it, so a copy of a story indexed by an earlier import or crawl joins it; see
/// docs/decisions/005-near-duplicates-at-ingest.md.
/// Ordered (the runner gives it whole batches in input order, so an import is reproducible) and thread-safe:
/// batches are grouped under a lock, so exactly one mention of a story is its first.
/// </summary>
public sealed class NearDuplicateStage(NoiseOptions? options = null, IStoryMemory? memory = null) : IOrderedEnrichmentStage
{
    private const int FingerprintChunk = 256;

    private readonly NoiseOptions _options = options ?? new NoiseOptions();
    private readonly Lock _lock = new();
    private readonly StoryIndex _stories = new(options ?? new NoiseOptions());
    private bool _recalled;

    public void Enrich(Mention[] batch)
    {
        // Only the word count and the fingerprint are kept: holding every mention's word list until the batch is
        // grouped made each garbage collection of the batch copy them all (most of the stage's time on 50,000).
        // The fingerprints depend on each mention alone, so they are computed on every core; only the grouping below,
        // which must meet the mentions in order, runs on one (the runner calls an ordered stage from one thread).
        var prints = new (int WordCount, ulong Fingerprint)[batch.Length];
        Parallel.For(0, (batch.Length + FingerprintChunk - 1) / FingerprintChunk, c =>
        {
            for (var i = c * FingerprintChunk; i < Math.Min(batch.Length, (c + 1) * FingerprintChunk); i++)
            {
                var words = Words(batch[i]);
                prints[i] = (words.Count, _stories.IsLongEnough(words.Count) ? SimHash.Compute(words) : 0);
            }
        });
        var joined = new (Story Story, bool IsNew)[batch.Length];
        lock (_lock)
        {
            Recall();
            for (var i = 0; i < batch.Length; i++)
            {
                joined[i] = _stories.Join(batch[i].Source + "/" + batch[i].Id, prints[i].WordCount, prints[i].Fingerprint, batch[i].PublishedAt);
                if (!joined[i].IsNew)
                {
                    joined[i].Story.Size++;
                }
                if (IsLowReach(batch[i]))
                {
                    var posts = joined[i].Story.LowReachPosts;
                    posts.Add(batch[i].PublishedAt);
                    if (posts.Count > 512)
                    {
                        // A burst is judged over minutes; the oldest half of a long-lived story's posts no longer matters.
                        posts.Sort();
                        posts.RemoveRange(0, 256);
                    }
                }
            }
            for (var i = 0; i < batch.Length; i++)
            {
                var (story, isNew) = joined[i];
                var spam = IsLowReach(batch[i]) && InBurst(story, batch[i].PublishedAt);
                batch[i] = batch[i] with
                {
                    Enrichment = batch[i].Enrichment with { StoryId = story.Id, Duplicate = !isNew, Spam = spam },
                };
            }
            memory?.Remember(Enumerable.Range(0, batch.Length)
                .Where(i => _stories.IsLongEnough(prints[i].WordCount))
                .Select(i => joined[i].Story)
                .Distinct()
                .Select(s => new RememberedStory(s.Id, s.Fingerprint, s.LastSeen))
                .ToArray());
        }
    }

    // Lazily, so that building the stages (every command does) costs nothing until mentions arrive.
    private void Recall()
    {
        if (_recalled)
        {
            return;
        }
        foreach (var story in memory?.Recall() ?? [])
        {
            _stories.Restore(story.Id, story.Fingerprint, story.LastSeen);
        }
        _recalled = true;
    }

    private bool IsLowReach(Mention mention) => (mention.AuthorFollowers ?? 0) < _options.LowReachFollowers;

    private bool InBurst(Story story, DateTimeOffset at) =>
        story.LowReachPosts.Count >= _options.BurstSize
        && story.LowReachPosts.Count(t => (t - at).Duration() <= _options.BurstWindow) >= _options.BurstSize;

    private static List<string> Words(Mention mention)
    {
        var words = SimHash.Words(string.IsNullOrEmpty(mention.Title) ? mention.Text : mention.Title + " " + mention.Text);
        // "RT @someone: text" is the text again.
        if (words.Count > 0 && words[0] == "rt")
        {
            words.RemoveAt(0);
        }
        return words;
    }
}
