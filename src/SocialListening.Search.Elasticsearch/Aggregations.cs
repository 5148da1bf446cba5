using System.Globalization;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// An <see cref="AggregationRequest"/> as a terms or date_histogram aggregation (with a terms sub-aggregation for
/// ThenBy), and the answer read back into the groups the Lucene backend returns: keyword groups largest first then
/// by key, at most Size of them; date groups in date order, uncut, keyed by their start in the requested offset.
/// </summary>
internal static class Aggregations
{
    /// <summary>Second-level groups per group: the Lucene backend returns them all; this bounds the response.</summary>
    public const int MaxChildren = 1_000;

    private const string Groups = "groups";
    private const string Then = "then";

    public static JsonObject Body(AggregationRequest request) => Body(request, QueryLimits.Default);

    public static JsonObject Body(AggregationRequest request, QueryLimits limits)
    {
        var groupBy = EsFields.Keyword(request.GroupBy, allowDate: true);
        var thenBy = request.ThenBy is null ? null : EsFields.Keyword(request.ThenBy, allowDate: false);
        var query = QueryDsl.Build(request.Filter, limits);
        var group = MentionFields.Dates.Contains(groupBy)
            ? new JsonObject
            {
                ["date_histogram"] = new JsonObject
                {
                    ["field"] = groupBy,
                    ["calendar_interval"] = request.Interval switch
                    {
                        DateInterval.Hour => "hour",
                        DateInterval.Day => "day",
                        _ => "week",
                    },
                    ["time_zone"] = Offset(request.TimeZoneOffset),
                    ["min_doc_count"] = 1,
                },
            }
            : Terms(groupBy, Math.Max(1, request.Size));
        if (thenBy is not null)
        {
            group["aggs"] = new JsonObject { [Then] = Terms(thenBy, MaxChildren) };
        }
        return new JsonObject
        {
            ["size"] = 0,
            ["track_total_hits"] = true,
            ["query"] = query,
            ["aggs"] = new JsonObject { [Groups] = group },
        };
    }

    public static AggregationResult Read(AggregationRequest request, JsonNode? response)
    {
        var total = response?["hits"]?["total"]?["value"]?.GetValue<long>() ?? 0;
        var byDate = MentionFields.Dates.Contains(request.GroupBy);
        var buckets = Buckets(response?["aggregations"]?[Groups])
            .Select(b => new Bucket(
                byDate ? DateKey(b["key"]!.GetValue<long>(), request) : b["key"]!.ToString(),
                b["doc_count"]!.GetValue<long>(),
                Buckets(b[Then]).Select(c => new Bucket(c["key"]!.ToString(), c["doc_count"]!.GetValue<long>(), [])).ToArray()))
            .ToArray();
        // Elasticsearch orders ties by key already; sorting again keeps the order exact across versions.
        IEnumerable<Bucket> ordered = byDate
            ? buckets
            : buckets.OrderByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal).Take(request.Size);
        return new AggregationResult(total, ordered.Select(b => b with
        {
            Children = b.Children.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray(),
        }).ToArray());
    }

    private static JsonObject Terms(string field, int size) => new()
    {
        ["terms"] = new JsonObject
        {
            ["field"] = EsFields.Of(field),
            ["size"] = size,
            ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
        },
    };

    private static IEnumerable<JsonNode> Buckets(JsonNode? aggregation) =>
        aggregation?["buckets"]?.AsArray().Where(b => b is not null).Select(b => b!) ?? [];

    /// <summary>Elasticsearch's fixed-offset zone form: +01:00, -05:30, +00:00.</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static string DateKey(long startMs, AggregationRequest request)
    {
        var local = DateTimeOffset.FromUnixTimeMilliseconds(startMs).ToOffset(request.TimeZoneOffset);
        return request.Interval == DateInterval.Hour
            ? local.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
