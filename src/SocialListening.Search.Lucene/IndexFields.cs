namespace SocialListening.Search.Lucene;

/// <summary>Lucene field names that exist only inside this index (the shared ones are in MentionFields).</summary>
internal static class IndexFields
{
    /// <summary>source + U+001F + id: the identity used for updates, deletes and as the last sort key.</summary>
    public const string Key = "_key";
    /// <summary>The whole mention as JSON, returned with hits.</summary>
    public const string Source = "_source";
    /// <summary>Title and text of French (or unknown-language) mentions analysed for French (elision, light stemming, accent folding).</summary>
    public const string TextFr = "text_fr";
    /// <summary>Title and text of English (or unknown-language) mentions analysed for English (possessives, minimal stemming, accent folding).</summary>
    public const string TextEn = "text_en";

    public static readonly string[] FullText = [TextFr, TextEn];
}
