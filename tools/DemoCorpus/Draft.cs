namespace DemoCorpus;

/// <summary>A mention before it gets its per-source id and url (those follow publication order).</summary>
public sealed record Draft(
    string Source,
    string Lang,
    DateTimeOffset PublishedAt,
    Author Author,
    string? Title,
    string Text,
    Tone Tone,
    long Likes,
    long Shares,
    long Replies,
    int? Rating,
    string Slug);
