using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// A mention as an Elasticsearch document: its flat JSON (the export format, so Kibana shows familiar fields) plus
/// <c>key</c> and the full text in the analysed field of its language (text_fr, text_en, or both for another or an
/// unknown language; left out of _source by the mapping). The document id is derived from the key, so writing the
/// same mention twice replaces it.
/// </summary>
internal static class EsDocument
{
    public static readonly JsonSerializerOptions Json = MentionJson.SerializerOptions;

    /// <summary>
    /// SHA-256 of source + U+001F + id, base64url: the same mention always gets the same id, whatever the length or
    /// the characters of its source id (Elasticsearch ids are limited to 512 bytes).
    /// </summary>
    public static string Id(string key) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static JsonObject Create(Mention mention)
    {
        var document = JsonSerializer.SerializeToNode(MentionJson.ToRecord(mention), Json)!.AsObject();
        document[IndexTemplate.KeyField] = mention.Key.ToString();
        var fullText = string.IsNullOrEmpty(mention.Title) ? mention.Text : mention.Title + "\n" + mention.Text;
        var (french, english) = FullTextLanguages.For(mention.Lang);
        if (french)
        {
            document[IndexTemplate.TextFr] = fullText;
        }
        if (english)
        {
            document[IndexTemplate.TextEn] = fullText;
        }
        if (mention.Enrichment.ThemeSentiments.Count > 0)
        {
            // Aspect sentiment as "theme:sentiment" keywords, so aggregations can split a theme by sentiment.
            document[MentionFields.ThemeSentiment] = new JsonArray([.. mention.Enrichment.ThemeSentiments.Select(p => (JsonNode?)JsonValue.Create(p.Key + ":" + p.Value.Name()))]);
        }
        return document;
    }

    public static Mention Read(JsonNode source) => MentionJson.Deserialize(source.ToJsonString(Json));
}
