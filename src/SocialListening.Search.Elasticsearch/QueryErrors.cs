using Lucene.Net.QueryParsers.Classic;
using SocialListening.Core.Index;

namespace SocialListening.Search.Elasticsearch;

/// <summary>Turns the classic grammar's exceptions into a message a user can act on, with the column when known.</summary>
internal static class QueryErrors
{
    public static QuerySyntaxException From(string query, ParseException outer)
    {
        // The parser wraps the grammar's own exception, which knows the token it stopped at.
        var inner = outer.InnerException as ParseException ?? outer;
        var next = inner.CurrentToken?.Next;
        if (next is null)
        {
            return new QuerySyntaxException(query, Lexical(query, outer.Message));
        }
        var hint = inner.Message.Contains("Was expecting", StringComparison.Ordinal)
            ? "expected a term, a phrase in quotes, a field such as brand:x, or a closing ')' / ']'."
            : "check quotes, parentheses and operators (AND, OR, NOT in capitals).";
        var message = string.IsNullOrEmpty(next.Image)
            ? $"Query ends too early after column {next.BeginColumn}: {hint}"
            : $"Unexpected '{next.Image}' at column {next.BeginColumn}: {hint}";
        return new QuerySyntaxException(query, message, next.BeginColumn);
    }

    private static string Lexical(string query, string message)
    {
        var quotes = query.Count(c => c == '"');
        if (quotes % 2 == 1)
        {
            return $"Unclosed quote: the phrase starting at column {query.LastIndexOf('"') + 1} has no closing \".";
        }
        var first = message.Split('\n')[0].Trim();
        var prefix = $"Cannot parse '{query}': ";
        return first.StartsWith(prefix, StringComparison.Ordinal) ? first[prefix.Length..] : first;
    }
}
