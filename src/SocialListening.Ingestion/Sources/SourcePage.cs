using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Sources;

/// <summary>One page of a listing: its mentions, the token of the next (older) page, and how many items were malformed.</summary>
public sealed record SourcePage(IReadOnlyList<Mention> Mentions, string? NextPage, int Skipped);
