using System.Globalization;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch;

/// <summary>The body of a page of search: query, exact total, the sort with the unique key last, where to start.</summary>
internal static class SearchBody
{
    public static JsonObject Create(JsonObject query, SearchSort sort, int size, JsonArray? after, string? pointInTime, TimeSpan keepAlive)
    {
        var body = new JsonObject
        {
            ["size"] = size,
            ["track_total_hits"] = true,
            ["query"] = query.DeepClone(),
            ["sort"] = Sort(sort),
        };
        if (after is not null)
        {
            body["search_after"] = after.DeepClone();
        }
        if (pointInTime is not null)
        {
            body["pit"] = new JsonObject { ["id"] = pointInTime, ["keep_alive"] = Duration(keepAlive) };
        }
        return body;
    }

    public static JsonArray Sort(SearchSort sort)
    {
        var first = sort switch
        {
            SearchSort.Oldest => new JsonObject { [MentionFields.PublishedAt] = new JsonObject { ["order"] = "asc" } },
            SearchSort.Relevance => new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } },
            SearchSort.Risk => new JsonObject { [MentionFields.Risk] = new JsonObject { ["order"] = "desc", ["missing"] = 0 } },
            _ => new JsonObject { [MentionFields.PublishedAt] = new JsonObject { ["order"] = "desc" } },
        };
        return new JsonArray(first, new JsonObject { [IndexTemplate.KeyField] = new JsonObject { ["order"] = "asc" } });
    }

    /// <summary>A time value in Elasticsearch units (whole seconds, at least one).</summary>
    public static string Duration(TimeSpan value) =>
        Math.Max(1, (long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";
}
