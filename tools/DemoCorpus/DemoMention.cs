namespace DemoCorpus;

/// <summary>One line of mentions.jsonl (snake_case names, see JsonLine): only collected fields, never what the analysis computes.</summary>
public sealed record DemoMention
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Url { get; init; }
    public required string Author { get; init; }
    public long AuthorFollowers { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public required string Lang { get; init; }
    public required string PublishedAt { get; init; }
    public long Likes { get; init; }
    public long Shares { get; init; }
    public long Replies { get; init; }
    public int? Rating { get; init; }
}
