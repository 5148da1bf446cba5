using System.Text.Json.Nodes;
using Lucene.Net.Search;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// Writes a <see cref="MentionFilter"/> as Query DSL: the parsed user query scores (must), the date window and the
/// keyword filters only select (filter, cached by Elasticsearch and not scored), like the Lucene backend's
/// zero-boost clauses.
/// </summary>
internal static class QueryDsl
{
    public static JsonObject Build(MentionFilter filter) => Build(filter, QueryLimits.Default);

    public static JsonObject Build(MentionFilter filter, QueryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parsed = EsQueryParser.ParseUserQuery(filter.Query, limits);
        limits.CheckClauses(filter.Query, Leaves(parsed) + filter.Terms.Sum(t => (long)t.Value.Count));
        var query = Write(parsed);
        var filters = new JsonArray();
        if (filter.From is not null || filter.To is not null)
        {
            var bounds = new JsonObject();
            if (filter.From is { } from)
            {
                bounds["gte"] = from.ToUnixTimeMilliseconds();
            }
            if (filter.To is { } to)
            {
                bounds["lt"] = to.ToUnixTimeMilliseconds();
            }
            bounds["format"] = "epoch_millis";
            filters.Add(new JsonObject { ["range"] = new JsonObject { [MentionFields.PublishedAt] = bounds } });
        }
        foreach (var (field, values) in filter.Terms)
        {
            var name = EsFields.Of(EsFields.Keyword(field, allowDate: false));
            var folded = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(TextFolding.Fold(v))).ToArray());
            filters.Add(new JsonObject { ["terms"] = new JsonObject { [name] = folded } });
        }
        if (filters.Count == 0)
        {
            return query;
        }
        return new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(query), ["filter"] = filters } };
    }

    /// <summary>The DSL of a parsed query tree.</summary>
    public static JsonObject Write(Query query)
    {
        var node = query switch
        {
            DslQuery leaf => (JsonObject)leaf.Node.DeepClone(),
            MatchAllDocsQuery => new JsonObject { ["match_all"] = new JsonObject() },
            BooleanQuery boolean => Bool(boolean),
            _ => throw new InvalidOperationException($"Query part '{query}' has no Elasticsearch form."),
        };
        if (Math.Abs(query.Boost - 1f) > 1e-6f)
        {
            node = new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(node), ["boost"] = query.Boost } };
        }
        return node;
    }

    private static long Leaves(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Leaves(c.Query)),
        MatchAllDocsQuery => 0,
        _ => 1,
    };

    private static JsonObject Bool(BooleanQuery boolean)
    {
        var body = new JsonObject();
        foreach (var (occur, name) in new[] { (Occur.MUST, "must"), (Occur.SHOULD, "should"), (Occur.MUST_NOT, "must_not") })
        {
            var clauses = boolean.Clauses.Where(c => c.Occur == occur).Select(c => (JsonNode)Write(c.Query)).ToArray();
            if (clauses.Length > 0)
            {
                body[name] = new JsonArray(clauses);
            }
        }
        return new JsonObject { ["bool"] = body };
    }
}
