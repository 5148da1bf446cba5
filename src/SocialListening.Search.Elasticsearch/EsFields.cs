using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// Maps the public field names (those of queries, filters and groupings: MentionFields) to the document's fields.
/// The document is the mention's flat JSON, where brands and themes are plural lists.
/// </summary>
internal static class EsFields
{
    public static readonly string[] FullText = [IndexTemplate.TextFr, IndexTemplate.TextEn];

    public static string Of(string publicField) => publicField switch
    {
        MentionFields.Brand => "brands",
        MentionFields.Theme => "themes",
        MentionFields.Story => "story_id",
        _ => publicField,
    };

    public static bool IsDouble(string publicField) => publicField is MentionFields.Risk or MentionFields.SentimentScore;

    /// <summary>The public name of a keyword field to filter or group by; a field that is not one fails like a bad query.</summary>
    public static string Keyword(string field, bool allowDate)
    {
        if (MentionFields.Keywords.Contains(field) || (allowDate && MentionFields.Dates.Contains(field)))
        {
            return field;
        }
        throw new Core.Index.QuerySyntaxException(field, $"Cannot group or filter by '{field}': use a keyword field ({string.Join(", ", MentionFields.Keywords.Order())})" + (allowDate ? " or published_at." : "."));
    }
}
