using System.Net;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch.Tests.Support;

/// <summary>
/// Answers each request with the response Elasticsearch documents for it (acknowledged, bulk items, hits,
/// aggregations, a point-in-time id...). Tests script what differs: whether indexes exist, the status of each
/// bulk item or of a whole bulk request, the search and aggregation answers.
/// </summary>
internal sealed class CannedCluster
{
    public bool IndexesExist { get; set; }

    /// <summary>For each coming _bulk request, the HTTP status of the request itself (429 to refuse it whole).</summary>
    public Queue<HttpStatusCode> BulkRequestStatuses { get; } = new();

    /// <summary>For each coming _bulk request that is accepted, the status of each item (201 when not scripted).</summary>
    public Queue<int[]> BulkItemStatuses { get; } = new();

    public string SearchAnswer { get; set; } = Empty;

    public HttpStatusCode PitSearchStatus { get; set; } = HttpStatusCode.OK;

    public RecordingHandler Handler { get; }

    public CannedCluster() => Handler = new RecordingHandler(Answer);

    public ElasticsearchMentionIndex Index(ElasticsearchOptions? options = null) =>
        new(options ?? Options(), new HttpClient(Handler), TimeProvider.System);

    public static ElasticsearchOptions Options() => new()
    {
        Url = new Uri("http://es.test:9200"),
        ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
        InitialBackoff = TimeSpan.Zero,
    };

    public const string Empty = """
        {"took": 1, "timed_out": false, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
         "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": null, "hits": []}}
        """;

    private (HttpStatusCode, string?) Answer(RecordedRequest r)
    {
        var method = r.Method.Method;
        var path = r.Path;
        if (method == "PUT" && path.StartsWith("/_index_template/", StringComparison.Ordinal))
        {
            return (HttpStatusCode.OK, """{"acknowledged": true}""");
        }
        if (method == "HEAD")
        {
            return (IndexesExist ? HttpStatusCode.OK : HttpStatusCode.NotFound, null);
        }
        if (method == "PUT")
        {
            return (HttpStatusCode.OK, $$"""{"acknowledged": true, "shards_acknowledged": true, "index": "{{path.Trim('/')}}"}""");
        }
        if (path == "/_bulk")
        {
            return Bulk(r);
        }
        if (path.EndsWith("/_refresh", StringComparison.Ordinal))
        {
            return (HttpStatusCode.OK, """{"_shards": {"total": 2, "successful": 1, "failed": 0}}""");
        }
        if (path.EndsWith("/_pit", StringComparison.Ordinal) && method == "POST")
        {
            return IndexesExist ? (HttpStatusCode.OK, """{"id": "46ToAwMDaWR5BXV1aWQy", "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0}}""") : Missing(path);
        }
        if (path == "/_pit" && method == "DELETE")
        {
            return (HttpStatusCode.OK, """{"succeeded": true, "num_freed": 1}""");
        }
        if (path == "/_search")
        {
            return PitSearchStatus == HttpStatusCode.OK
                ? (HttpStatusCode.OK, SearchAnswer)
                : (PitSearchStatus, """{"error": {"root_cause": [{"type": "search_context_missing_exception", "reason": "No search context found for id [1]"}], "type": "search_phase_execution_exception", "reason": "all shards failed"}, "status": 404}""");
        }
        if (path.EndsWith("/_search", StringComparison.Ordinal))
        {
            return IndexesExist ? (HttpStatusCode.OK, SearchAnswer) : Missing(path);
        }
        if (path.EndsWith("/_delete_by_query", StringComparison.Ordinal))
        {
            return IndexesExist
                ? (HttpStatusCode.OK, """{"took": 12, "timed_out": false, "total": 2, "deleted": 2, "batches": 1, "version_conflicts": 0, "noops": 0, "retries": {"bulk": 0, "search": 0}, "throttled_millis": 0, "requests_per_second": -1.0, "throttled_until_millis": 0, "failures": []}""")
                : Missing(path);
        }
        return (HttpStatusCode.BadRequest, $$"""{"error": {"type": "illegal_argument_exception", "reason": "unexpected {{method}} {{path}} in test"}, "status": 400}""");
    }

    private static (HttpStatusCode, string?) Missing(string path)
    {
        var index = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        return (HttpStatusCode.NotFound, $$"""{"error": {"root_cause": [{"type": "index_not_found_exception", "reason": "no such index [{{index}}]"}], "type": "index_not_found_exception", "reason": "no such index [{{index}}]"}, "status": 404}""");
    }

    private (HttpStatusCode, string?) Bulk(RecordedRequest r)
    {
        if (BulkRequestStatuses.TryDequeue(out var whole) && whole != HttpStatusCode.OK)
        {
            return (whole, """{"error": {"root_cause": [{"type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"}], "type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"}, "status": 429}""");
        }
        var actions = new List<(string Kind, JsonObject Meta)>();
        var lines = r.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var (kind, meta) = lines[i].First();
            actions.Add((kind, meta!.AsObject()));
            if (kind == "index")
            {
                i++;
            }
        }
        var statuses = BulkItemStatuses.TryDequeue(out var scripted) ? scripted : [];
        var items = new JsonArray();
        for (var i = 0; i < actions.Count; i++)
        {
            var (kind, meta) = actions[i];
            var status = i < statuses.Length ? statuses[i] : (kind == "delete" ? 200 : 201);
            var item = new JsonObject { ["_index"] = meta["_index"]!.GetValue<string>(), ["_id"] = meta["_id"]!.GetValue<string>(), ["status"] = status };
            switch (status)
            {
                case 201:
                    item["result"] = "created";
                    break;
                case 200:
                    item["result"] = kind == "delete" ? "deleted" : "updated";
                    break;
                case 404 when kind == "delete":
                    item["result"] = "not_found";
                    break;
                case 429:
                    item["error"] = new JsonObject { ["type"] = "es_rejected_execution_exception", ["reason"] = "rejected execution of primary operation" };
                    break;
                default:
                    item["error"] = new JsonObject { ["type"] = "document_parsing_exception", ["reason"] = "[1:42] failed to parse field [likes] of type [long]" };
                    break;
            }
            items.Add(new JsonObject { [kind] = item });
        }
        var errors = items.Any(i => i!.AsObject().First().Value!["error"] is not null);
        return (HttpStatusCode.OK, new JsonObject { ["took"] = 3, ["errors"] = errors, ["items"] = items }.ToJsonString());
    }
}
