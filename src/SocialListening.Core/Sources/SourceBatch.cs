using SocialListening.Core.Mentions;

namespace SocialListening.Core.Sources;

/// <summary>
/// Mentions fetched in one step, the cursor that is valid once they are committed, and the items that were
/// malformed and skipped (logged by the source, counted here).
/// </summary>
public sealed record SourceBatch(IReadOnlyList<Mention> Mentions, SourceCursor Next, int Skipped = 0);
