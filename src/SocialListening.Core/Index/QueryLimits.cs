using System.Globalization;

namespace SocialListening.Core.Index;

/// <summary>
/// What one query may cost, so that no query (typed by a user, sent to the API) can take the index down. Both index
/// backends apply the same limits; a query over one of them fails with a <see cref="QueryLimitException"/>.
/// Configured under <c>index.query_limits</c>.
/// </summary>
public sealed record QueryLimits
{
    public static QueryLimits Default { get; } = new();

    /// <summary>Longest query text, in characters.</summary>
    public int MaxLength { get; init; } = 4_096;

    /// <summary>Deepest nesting of parentheses (the parser is recursive: unbounded nesting would exhaust the stack).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most clauses (terms, phrases, ranges) in the whole query, after wildcards are expanded into words.</summary>
    public int MaxClauses { get; init; } = 4_096;

    /// <summary>Most words one wildcard or prefix (livr*) may expand into; Lucene's own ceiling is 1,024.</summary>
    public int MaxExpansions { get; init; } = 1_024;

    /// <summary>Longest time one search or aggregation may run before it is stopped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The first setting out of its range, as "name: reason", or null when all are valid.</summary>
    public string? Invalid() =>
        MaxLength is < 16 or > 1_000_000 ? "max_length: between 16 and 1000000 characters"
        : MaxDepth is < 1 or > 256 ? "max_depth: between 1 and 256"
        : MaxClauses is < 1 or > 100_000 ? "max_clauses: between 1 and 100000"
        : MaxExpansions is < 1 or > 1_024 ? "max_expansions: between 1 and 1024"
        : Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10) ? "timeout: more than 0 and at most 10 minutes"
        : null;

    /// <summary>Checks what can be checked on the text alone, before parsing: length and nesting depth.</summary>
    public void CheckText(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
        {
            throw new QueryLimitException(query, "max_length",
                $"The query is {Count(query.Length)} characters long; the limit is {Count(MaxLength)} (index.query_limits.max_length).");
        }
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(' && ++depth > MaxDepth)
            {
                throw new QueryLimitException(query, "max_depth",
                    $"Parentheses are nested more than {Count(MaxDepth)} deep at column {Count(i + 1)} (index.query_limits.max_depth).");
            }
            else if (!quoted && c == ')' && depth > 0)
            {
                depth--;
            }
        }
    }

    /// <summary>Fails when a query has more clauses than allowed.</summary>
    public void CheckClauses(string query, long clauses)
    {
        if (clauses > MaxClauses)
        {
            throw new QueryLimitException(query, "max_clauses",
                $"The query has {Count(clauses)} clauses once wildcards are expanded; the limit is {Count(MaxClauses)} (index.query_limits.max_clauses). Use fewer terms or longer prefixes.");
        }
    }

    /// <summary>One AND/OR group holds more terms than the parser takes (Lucene's own per-group ceiling).</summary>
    public static QueryLimitException GroupTooLarge(string query, int max) =>
        new(query, "max_clauses", $"The query has more than {Count(max)} terms in one group; use fewer terms.");

    public QueryLimitException Expansions(string query, string pattern) =>
        new(query, "max_expansions",
            $"'{pattern}' matches more than {Count(MaxExpansions)} different words (index.query_limits.max_expansions); put more letters before the * or ?.");

    public QueryLimitException TimedOut(string query) =>
        new(query, "timeout",
            $"The search took longer than {Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped (index.query_limits.timeout); narrow the query or the dates.");

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
