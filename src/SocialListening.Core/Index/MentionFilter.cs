namespace SocialListening.Core.Index;

/// <summary>
/// Which mentions a request is about: a query in the classic boolean syntax (<c>*:*</c> for all), a published_at
/// window (from inclusive, to exclusive), and exact-value filters on keyword fields (any of the values matches).
/// </summary>
public sealed record MentionFilter
{
    public static readonly MentionFilter All = new();

    public string Query { get; init; } = "*:*";
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public MentionFilter WithTerm(string field, params string[] values)
    {
        var terms = new Dictionary<string, IReadOnlyList<string>>(Terms) { [field] = values };
        return this with { Terms = terms };
    }
}
