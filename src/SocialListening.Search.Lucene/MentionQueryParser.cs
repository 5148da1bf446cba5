using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Lucene's classic query syntax over the mention fields: bare words and phrases search the text in both languages,
/// `brand:`, `theme:`, `source:`, `lang:`... filter exact values, numbers and `published_at` take ranges of numbers
/// and ISO dates. Only the public fields can be named, so a query cannot reach internal fields.
/// </summary>
internal sealed class MentionQueryParser : MultiFieldQueryParser
{
    private readonly QueryLimits _limits;
    private readonly string _query;

    private MentionQueryParser(Analyzer analyzer, QueryLimits limits, string query)
        : base(MentionAnalyzer.Version, IndexFields.FullText, analyzer)
    {
        _limits = limits;
        _query = query;
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
    }

    /// <summary>Parses a user query within the limits; wildcards are expanded later, at search time, within them too.</summary>
    public static Query Parse(string query, Analyzer analyzer, QueryLimits limits)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new MatchAllDocsQuery();
        }
        limits.CheckText(query);
        var parser = new MentionQueryParser(analyzer, limits, query);
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException outer) when (outer.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw QueryLimits.GroupTooLarge(query, BooleanQuery.MaxClauseCount);
        }
        catch (ParseException outer)
        {
            // The parser wraps the grammar's exception, which knows the offending token.
            var e = outer.InnerException as ParseException ?? outer;
            var column = e.CurrentToken?.Next?.BeginColumn;
            var found = e.CurrentToken?.Next?.Image;
            var message = column is null
                ? Lexical(query, outer.Message)
                : string.IsNullOrEmpty(found)
                    ? $"Query ends too early after column {column}: {Expected(e)}"
                    : $"Unexpected '{found}' at column {column}: {Expected(e)}";
            throw new QuerySyntaxException(query, message, column);
        }
        catch (QuerySyntaxException)
        {
            throw;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw QueryLimits.GroupTooLarge(query, BooleanQuery.MaxClauseCount);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new QuerySyntaxException(query, e.Message);
        }
    }

    private static string Expected(ParseException e) =>
        e.Message.Contains("Was expecting", StringComparison.Ordinal)
            ? "expected a term, a phrase in quotes, a field such as brand:x, or a closing ')' / ']'."
            : "check quotes, parentheses and operators (AND, OR, NOT in capitals).";

    private static string Lexical(string query, string message)
    {
        if (query.Count(c => c == '"') % 2 == 1)
        {
            return $"Unclosed quote: the phrase starting at column {query.IndexOf('"') + 1} has no closing \".";
        }
        var first = message.Split('\n')[0].Trim();
        var prefix = $"Cannot parse '{query}': ";
        return first.StartsWith(prefix, StringComparison.Ordinal) ? first[prefix.Length..] : first;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var target = Resolve(field);
        if (target is not null && MentionFields.Numbers.Contains(target))
        {
            return NumberRange(target, queryText, queryText, true, true);
        }
        if (target is not null && MentionFields.Dates.Contains(target))
        {
            return DateRange(target, queryText, queryText, true, true);
        }
        return base.GetFieldQuery(target!, queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Resolve(field)!, queryText, slop);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var target = Resolve(field);
        if (target is not null && MentionFields.Numbers.Contains(target))
        {
            return NumberRange(target, part1, part2, startInclusive, endInclusive);
        }
        if (target is not null && MentionFields.Dates.Contains(target))
        {
            return DateRange(target, part1, part2, startInclusive, endInclusive);
        }
        return base.GetRangeQuery(target!, part1, part2, startInclusive, endInclusive);
    }

    protected override Query GetWildcardQuery(string field, string termStr) =>
        field == "*" && termStr == "*" ? new MatchAllDocsQuery() : Bounded(base.GetWildcardQuery(Resolve(field)!, termStr), termStr);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Bounded(base.GetPrefixQuery(Resolve(field)!, termStr), termStr + "*");

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Resolve(field)!, termStr, minSimilarity);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new QuerySyntaxException(termStr, "Regular expressions (/.../) are not supported; use wildcards such as livr*.");

    // Expand wildcards into a bounded boolean of terms: past MaxExpansions the query fails with a clear message.
    private Query Bounded(Query query, string pattern)
    {
        switch (query)
        {
            case MultiTermQuery multi:
                multi.MultiTermRewriteMethod = new BoundedExpansion(_limits, _query, pattern);
                break;
            case BooleanQuery boolean:
                // Over the full text the parser makes one query per language field.
                foreach (var clause in boolean.Clauses)
                {
                    Bounded(clause.Query, pattern);
                }
                break;
        }
        return query;
    }

    /// <summary>Maps a field the user wrote to an index field; null means the full text in both languages.</summary>
    private static string? Resolve(string? field)
    {
        if (field is null || field is IndexFields.TextFr or IndexFields.TextEn)
        {
            return field;
        }
        var name = field.ToLowerInvariant();
        if (name is MentionFields.Text or MentionFields.Title)
        {
            return null;
        }
        if (name is "brands" or "themes")
        {
            name = name[..^1];
        }
        if (MentionFields.Keywords.Contains(name) || MentionFields.Numbers.Contains(name) || MentionFields.Dates.Contains(name))
        {
            return name;
        }
        var known = string.Join(", ", new[] { MentionFields.Text }.Concat(MentionFields.Keywords).Concat(MentionFields.Numbers).Concat(MentionFields.Dates).Order());
        throw new QuerySyntaxException(field, $"Unknown field '{field}'. Fields: {known}.");
    }

    private static Query NumberRange(string field, string low, string high, bool includeLow, bool includeHigh)
    {
        if (field is MentionFields.Risk or MentionFields.SentimentScore)
        {
            return NumericPrecision.DoubleRange(field, ParseDouble(field, low), ParseDouble(field, high), includeLow, includeHigh);
        }
        return NumericPrecision.Int64Range(field, ParseLong(field, low), ParseLong(field, high), includeLow, includeHigh);
    }

    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord);
        // "NOT source:reddit" alone means "everything but reddit", not "nothing".
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    private static bool Open(string? bound) => string.IsNullOrEmpty(bound) || bound == "*";

    private static double? ParseDouble(string field, string text) =>
        Open(text) ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new QuerySyntaxException(text, $"'{text}' is not a number (field {field}).");

    private static long? ParseLong(string field, string text) =>
        Open(text) ? null
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new QuerySyntaxException(text, $"'{text}' is not a whole number (field {field}).");

    private static Query DateRange(string field, string low, string high, bool includeLow, bool includeHigh)
    {
        var from = Open(low) ? (long?)null : Date(low, endOfDay: !includeLow);
        // An inclusive upper bound given as a day covers the whole day.
        var to = Open(high) ? (long?)null : Date(high, endOfDay: includeHigh);
        return NumericPrecision.Int64Range(field, from, to, true, false);
    }

    private static long Date(string text, bool endOfDay) =>
        IsoDates.TryParse(text, endOfDay, out var value)
            ? value.ToUnixTimeMilliseconds()
            : throw new QuerySyntaxException(text, $"'{text}' is not {IsoDates.Help}.");

    public static Term KeyTerm(string key) => new(IndexFields.Key, key);
}
