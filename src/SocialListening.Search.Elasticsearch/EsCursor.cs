using System.Text;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// An opaque page cursor: the point in time the pages are read from (null once it has expired, then pages go on
/// over the live index) and the sort values of the last hit (date or score, the unique key, and the point in
/// time's own tiebreaker). Base64url of a small JSON object.
/// </summary>
internal sealed record EsCursor(string? PointInTime, JsonArray After)
{
    public string Encode()
    {
        var json = new JsonObject { ["pit"] = PointInTime, ["after"] = After.DeepClone() }.ToJsonString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The sort values without the point in time's tiebreaker, for a search over the live index.</summary>
    public JsonArray OwnSortValues() => new(After.Take(2).Select(v => v?.DeepClone()).ToArray());

    public static EsCursor Decode(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded))) as JsonObject;
            if (json?["after"] is not JsonArray { Count: >= 2 } after)
            {
                throw new FormatException("No sort values.");
            }
            return new EsCursor(json["pit"]?.GetValue<string>(), (JsonArray)after.DeepClone());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new QuerySyntaxException(cursor, "The cursor is not one this index returned.");
        }
    }
}
