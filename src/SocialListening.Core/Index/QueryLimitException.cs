namespace SocialListening.Core.Index;

/// <summary>
/// A query that is well formed but too costly to run: too long, too deeply nested, too many clauses, a wildcard that
/// matches too many words, or a search that ran out of time. The message names the limit and how to stay under it.
/// </summary>
public sealed class QueryLimitException(string query, string limit, string message) : Exception(message)
{
    public string Query { get; } = query;

    /// <summary>The setting that was exceeded, as written in the configuration (index.query_limits.*).</summary>
    public string Limit { get; } = limit;
}
