using SocialListening.Core.Mentions;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// The index template of the mention indexes: the same analysis as the embedded Lucene index. The document writer puts
/// title and text into text_fr (elision, lower case, ASCII folding, French light stemming) for French mentions,
/// text_en (possessives, lower case, ASCII folding, English minimal stemming) for English ones, and both for any
/// other language (FullTextLanguages); these two fields are left out of _source. Keyword fields are normalised to
/// lower case without accents; dates and numbers are typed. The document is the mention's flat JSON plus <c>key</c>
/// (source + U+001F + id).
/// </summary>
internal static class IndexTemplate
{
    /// <summary>The exact identity, used as the last sort key so that pages never skip or repeat a mention.</summary>
    public const string KeyField = "key";
    public const string TextFr = "text_fr";
    public const string TextEn = "text_en";

    public static JsonObject Create(IndexNames names, ElasticsearchOptions options) => new()
    {
        ["index_patterns"] = new JsonArray(names.MentionsPattern),
        ["priority"] = 200,
        ["template"] = new JsonObject
        {
            ["settings"] = Settings(options),
            ["mappings"] = Mappings(),
        },
        ["_meta"] = new JsonObject { ["description"] = "SocialListening mentions (French and English analysis)", ["version"] = 2 },
    };

    /// <summary>The body that creates the first concrete index and makes it the alias's write index.</summary>
    public static JsonObject FirstIndex(IndexNames names) => new()
    {
        ["aliases"] = new JsonObject { [names.Mentions] = new JsonObject { ["is_write_index"] = true } },
    };

    public static JsonObject Checkpoints(ElasticsearchOptions options) => new()
    {
        ["settings"] = new JsonObject
        {
            ["number_of_shards"] = 1,
            ["number_of_replicas"] = options.Replicas,
        },
        ["mappings"] = new JsonObject
        {
            ["dynamic"] = "false",
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "keyword" },
                ["value"] = new JsonObject { ["type"] = "keyword", ["index"] = false, ["doc_values"] = false },
            },
        },
    };

    private static JsonObject Settings(ElasticsearchOptions options) => new()
    {
        ["number_of_shards"] = options.Shards,
        ["number_of_replicas"] = options.Replicas,
        ["refresh_interval"] = options.RefreshInterval,
        ["analysis"] = JsonNode.Parse(Analysis),
    };

    private const string Analysis = """
        {
          "filter": {
            "sl_elision": {
              "type": "elision",
              "articles_case": true,
              "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]
            },
            "sl_french_light": { "type": "stemmer", "language": "light_french" },
            "sl_english_possessive": { "type": "stemmer", "language": "possessive_english" },
            "sl_english_minimal": { "type": "stemmer", "language": "minimal_english" }
          },
          "analyzer": {
            "sl_french": {
              "type": "custom",
              "tokenizer": "standard",
              "filter": ["sl_elision", "lowercase", "asciifolding", "sl_french_light"]
            },
            "sl_english": {
              "type": "custom",
              "tokenizer": "standard",
              "filter": ["sl_english_possessive", "lowercase", "asciifolding", "sl_english_minimal"]
            }
          },
          "normalizer": {
            "sl_folded": { "type": "custom", "filter": ["lowercase", "asciifolding"] }
          }
        }
        """;

    private static JsonObject Mappings()
    {
        var properties = new JsonObject
        {
            [KeyField] = new JsonObject { ["type"] = "keyword" },
            ["title"] = FullText(),
            ["text"] = FullText(),
            [TextFr] = new JsonObject { ["type"] = "text", ["analyzer"] = "sl_french" },
            [TextEn] = new JsonObject { ["type"] = "text", ["analyzer"] = "sl_english" },
            ["published_at"] = Date(),
            ["collected_at"] = Date(),
            ["url"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "sl_folded", ["ignore_above"] = 4096 },
        };
        foreach (var field in new[] { "id", "source", "author", "lang", "brands", "themes", "sentiment", "stage", "complaint", "risk_reasons", "story_id", "duplicate", "spam", MentionFields.ThemeSentiment })
        {
            properties[field] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "sl_folded" };
        }
        foreach (var field in new[] { "author_followers", "likes", "shares", "replies" })
        {
            properties[field] = new JsonObject { ["type"] = "long" };
        }
        properties["rating"] = new JsonObject { ["type"] = "integer" };
        foreach (var field in new[] { "sentiment_score", "complaint_probability", "risk" })
        {
            properties[field] = new JsonObject { ["type"] = "double" };
        }
        return new JsonObject
        {
            // Unknown fields are kept in _source but not indexed: a newer writer cannot break an older mapping.
            ["dynamic"] = "false",
            // The analysed copies are only searched: keeping them in _source would store every text twice more.
            ["_source"] = new JsonObject { ["excludes"] = new JsonArray(TextFr, TextEn) },
            ["properties"] = properties,
        };
    }

    // The stored title and text are only read back; searching goes through the analysed copies the writer adds.
    private static JsonObject FullText() => new()
    {
        ["type"] = "text",
        ["index"] = false,
    };

    private static JsonObject Date() => new()
    {
        ["type"] = "date",
        ["format"] = "strict_date_optional_time||epoch_millis",
    };
}
