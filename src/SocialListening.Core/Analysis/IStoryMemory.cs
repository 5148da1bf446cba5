namespace SocialListening.Core.Analysis;

/// <summary>A story (a group of near-identical texts) as remembered between runs: the key of its first mention
/// ("source/id"), its 64-bit text fingerprint, and when its latest copy was published.</summary>
public sealed record RememberedStory(string Id, ulong Fingerprint, DateTimeOffset LastSeen);

/// <summary>
/// The stories near-duplicate detection has seen, kept between import runs and crawls, so that a copy of a story
/// indexed earlier joins that story. Bounded by the implementation (a recent window, a maximum count).
/// </summary>
public interface IStoryMemory
{
    /// <summary>The remembered stories, oldest first.</summary>
    IReadOnlyList<RememberedStory> Recall();

    /// <summary>Adds new stories and moves the latest copy of known ones; forgets what falls outside the bounds.</summary>
    void Remember(IReadOnlyCollection<RememberedStory> stories);
}
