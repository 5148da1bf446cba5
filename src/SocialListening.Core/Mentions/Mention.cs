namespace SocialListening.Core.Mentions;

/// <summary>
/// One public post, review or article that was collected or imported, with the scores the analysis stages add.
/// <see cref="Id"/> is unique within <see cref="Source"/>; the pair is the mention's identity everywhere.
/// <see cref="Author"/> is always the pseudonym (keyed hash), never the raw handle.
/// </summary>
public sealed record Mention
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public long? AuthorFollowers { get; init; }
    public string? Title { get; init; }
    public string? Lang { get; init; }
    public DateTimeOffset? CollectedAt { get; init; }
    public long Likes { get; init; }
    public long Shares { get; init; }
    public long Replies { get; init; }
    public int? Rating { get; init; }
    public Enrichment Enrichment { get; init; } = Enrichment.Empty;

    /// <summary>The identity of the mention across sources: source and id.</summary>
    public MentionKey Key => new(Source, Id);
}
