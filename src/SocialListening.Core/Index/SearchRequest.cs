using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

public enum SearchSort
{
    Newest,
    Oldest,
    Relevance,
    /// <summary>Highest risk first, then by key. A mention without a risk score ranks as risk 0.</summary>
    Risk,
}

public sealed record SearchRequest(MentionFilter Filter)
{
    public SearchSort Sort { get; init; } = SearchSort.Newest;
    public int Limit { get; init; } = 20;
    /// <summary>The <see cref="SearchPage.NextCursor"/> of the previous page; null for the first page.</summary>
    public string? Cursor { get; init; }
}

public sealed record SearchPage(long Total, IReadOnlyList<Mention> Hits, string? NextCursor);

public sealed record WriteResult(int Added, int Replaced);
