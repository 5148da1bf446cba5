using SocialListening.Core.Mentions;

namespace SocialListening.Core.Sources;

/// <summary>
/// A source that can fetch the current engagement (likes, shares, replies) of posts it collected earlier, so recent
/// posts are re-observed while they may still be going viral.
/// </summary>
public interface IEngagementSource
{
    /// <summary>The same mentions with fresh counts; posts that vanished are left out.</summary>
    IAsyncEnumerable<Mention> RefreshAsync(IReadOnlyList<Mention> recent, CancellationToken cancellationToken);
}
