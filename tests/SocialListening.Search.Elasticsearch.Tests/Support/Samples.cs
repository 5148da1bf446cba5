using System.Text.Json.Nodes;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch.Tests.Support;

internal static class Samples
{
    public static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static Mention Mention(string id, string text, int hours = 0, string source = "import", params string[] brands) => new()
    {
        Id = id,
        Source = source,
        Text = text,
        Lang = "fr",
        PublishedAt = Day.AddHours(hours),
        Enrichment = new Enrichment { Brands = brands },
    };

    /// <summary>A search answer holding these mentions as hits, newest-first sort values, and a point-in-time id when given.</summary>
    public static string SearchAnswer(long total, string? pitId, params Mention[] hits)
    {
        var array = new JsonArray();
        var shardDoc = 4294967298L;
        foreach (var m in hits)
        {
            array.Add(new JsonObject
            {
                ["_index"] = "sl-mentions-000001",
                ["_id"] = EsDocument.Id(m.Key.ToString()),
                ["_score"] = null,
                ["_source"] = EsDocument.Create(m),
                ["sort"] = new JsonArray(m.PublishedAt.ToUnixTimeMilliseconds(), m.Key.ToString(), shardDoc++),
            });
        }
        var answer = new JsonObject
        {
            ["took"] = 2,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = total, ["relation"] = "eq" },
                ["max_score"] = null,
                ["hits"] = array,
            },
        };
        if (pitId is not null)
        {
            answer["pit_id"] = pitId;
        }
        return answer.ToJsonString();
    }
}
