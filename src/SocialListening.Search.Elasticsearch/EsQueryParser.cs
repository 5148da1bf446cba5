using System.Globalization;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis.Core;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// The query language of the embedded index (Lucene's classic syntax, default operator AND), parsed by the same
/// grammar so that every query means the same on both backends and fails with the same kind of message. Leaves
/// become Query DSL: bare words and phrases a phrase match on text_fr and text_en (one word is a one-word phrase,
/// as in the Lucene backend), keyword fields exact terms (folded), numbers and dates ranges.
/// </summary>
internal sealed class EsQueryParser : QueryParser
{
    private readonly string _rewrite;

    private EsQueryParser(QueryLimits limits)
        : base(LuceneVersion.LUCENE_48, null, new KeywordAnalyzer())
    {
        // The cluster expands a wildcard or fuzzy word into at most this many terms (the best ones by frequency).
        _rewrite = "top_terms_" + limits.MaxExpansions.ToString(CultureInfo.InvariantCulture);
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
    }

    /// <summary>Parses a user query within the limits that can be checked before the cluster sees it.</summary>
    public static Query ParseUserQuery(string query, QueryLimits limits)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new MatchAllDocsQuery();
        }
        limits.CheckText(query);
        try
        {
            return new EsQueryParser(limits).Parse(query);
        }
        catch (ParseException outer) when (outer.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw QueryLimits.GroupTooLarge(query, BooleanQuery.MaxClauseCount);
        }
        catch (ParseException outer)
        {
            throw QueryErrors.From(query, outer);
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

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        GetFieldQuery(field, queryText, 0);

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var target = Resolve(field);
        if (target is null)
        {
            var phrase = new JsonObject
            {
                ["query"] = queryText,
                ["fields"] = FullTextFields(),
                ["type"] = "phrase",
                // A word that analyses to nothing (an emoji, a lone apostrophe) is dropped, as Lucene drops it.
                ["zero_terms_query"] = "all",
            };
            if (slop > 0)
            {
                phrase["slop"] = slop;
            }
            return Leaf("multi_match", phrase);
        }
        if (MentionFields.Numbers.Contains(target) || MentionFields.Dates.Contains(target))
        {
            return GetRangeQuery(field, queryText, queryText, true, true);
        }
        return Leaf("term", new JsonObject { [EsFields.Of(target)] = TextFolding.Fold(queryText) });
    }

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
        return PerField(target, f =>
        {
            var bounds = new JsonObject();
            if (!Open(part1))
            {
                bounds[startInclusive ? "gte" : "gt"] = TextFolding.Fold(part1);
            }
            if (!Open(part2))
            {
                bounds[endInclusive ? "lte" : "lt"] = TextFolding.Fold(part2);
            }
            return Leaf("range", new JsonObject { [f] = bounds });
        });
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (field == "*" && termStr == "*")
        {
            return new MatchAllDocsQuery();
        }
        var target = Resolve(field);
        if (termStr.StartsWith('*') || termStr.StartsWith('?'))
        {
            throw new QuerySyntaxException(termStr, $"'{termStr}': a wildcard cannot start a word (it would scan the whole index); put at least one letter before * or ?.");
        }
        return PerField(Searchable(target, termStr), f => Leaf("wildcard", new JsonObject
        {
            [f] = new JsonObject { ["value"] = TextFolding.Fold(termStr), ["rewrite"] = _rewrite },
        }));
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        var target = Searchable(Resolve(field), termStr + "*");
        return PerField(target, f => Leaf("prefix", new JsonObject
        {
            [f] = new JsonObject { ["value"] = TextFolding.Fold(termStr), ["rewrite"] = _rewrite },
        }));
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var target = Searchable(Resolve(field), termStr + "~");
        var folded = TextFolding.Fold(termStr);
        // Lucene's rule: a similarity of 1 or more is a number of edits; below 1 it is a fraction of the word length.
        var edits = minSimilarity >= 1f
            ? (int)minSimilarity
            : (int)Math.Min((1f - minSimilarity) * folded.Length, 2f);
        return PerField(target, f => Leaf("fuzzy", new JsonObject
        {
            [f] = new JsonObject { ["value"] = folded, ["fuzziness"] = Math.Clamp(edits, 0, 2), ["rewrite"] = _rewrite },
        }));
    }

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new QuerySyntaxException(termStr, "Regular expressions (/.../) are not supported; use wildcards such as livr*.");

    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord);
        // "NOT source:reddit" alone means "everything but reddit", as in the Lucene backend.
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    /// <summary>Maps a field the user wrote to a public field; null means the full text in both languages.</summary>
    private static string? Resolve(string? field)
    {
        if (field is null)
        {
            return null;
        }
        var name = field.ToLowerInvariant();
        if (name is MentionFields.Text or MentionFields.Title or IndexTemplate.TextFr or IndexTemplate.TextEn)
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

    private static string? Searchable(string? target, string term) =>
        target is not null && (MentionFields.Numbers.Contains(target) || MentionFields.Dates.Contains(target))
            ? throw new QuerySyntaxException(term, $"'{target}:{term}': wildcards and fuzzy matching work on words and keyword fields, not on numbers or dates; use a range such as {target}:[1 TO 10].")
            : target;

    private static JsonArray FullTextFields() => new(EsFields.FullText.Select(f => (JsonNode)JsonValue.Create(f)).ToArray());

    /// <summary>One leaf for a keyword field, or one per full-text field of which any may match.</summary>
    private static Query PerField(string? target, Func<string, Query> leaf)
    {
        if (target is not null)
        {
            return leaf(EsFields.Of(target));
        }
        var any = new BooleanQuery(true);
        foreach (var field in EsFields.FullText)
        {
            any.Add(leaf(field), Occur.SHOULD);
        }
        return any;
    }

    private static DslQuery Leaf(string kind, JsonObject body) => new(new JsonObject { [kind] = body });

    private static bool Open(string? bound) => string.IsNullOrEmpty(bound) || bound == "*";

    private static Query NumberRange(string field, string? low, string? high, bool includeLow, bool includeHigh)
    {
        var bounds = new JsonObject();
        if (!Open(low))
        {
            bounds[includeLow ? "gte" : "gt"] = Number(field, low!);
        }
        if (!Open(high))
        {
            bounds[includeHigh ? "lte" : "lt"] = Number(field, high!);
        }
        return bounds.Count == 0
            ? Leaf("exists", new JsonObject { ["field"] = EsFields.Of(field) })
            : Leaf("range", new JsonObject { [EsFields.Of(field)] = bounds });
    }

    private static JsonNode Number(string field, string text)
    {
        if (EsFields.IsDouble(field))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? JsonValue.Create(d)
                : throw new QuerySyntaxException(text, $"'{text}' is not a number (field {field}).");
        }
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
            ? JsonValue.Create(l)
            : throw new QuerySyntaxException(text, $"'{text}' is not a whole number (field {field}).");
    }

    // The Lucene backend's rule: a range is [from, to) in epoch milliseconds, and a bare day given as an
    // inclusive upper bound (or an exclusive lower bound) stands for the whole day.
    private static Query DateRange(string field, string? low, string? high, bool includeLow, bool includeHigh)
    {
        var bounds = new JsonObject();
        if (!Open(low))
        {
            bounds["gte"] = Date(low!, endOfDay: !includeLow);
        }
        if (!Open(high))
        {
            bounds["lt"] = Date(high!, endOfDay: includeHigh);
        }
        if (bounds.Count == 0)
        {
            return Leaf("exists", new JsonObject { ["field"] = field });
        }
        bounds["format"] = "epoch_millis";
        return Leaf("range", new JsonObject { [field] = bounds });
    }

    private static long Date(string text, bool endOfDay) =>
        IsoDates.TryParse(text, endOfDay, out var value)
            ? value.ToUnixTimeMilliseconds()
            : throw new QuerySyntaxException(text, $"'{text}' is not {IsoDates.Help}.");
}
