namespace SocialListening.Core.Index;

/// <summary>
/// Which language analyses a mention's text is indexed with (docs/decisions/006-one-analysed-text-field-per-language.md):
/// French text only with the French analysis, English text only with the English one, and text of any other or an
/// unknown language with both. Queries always search both fields, so a query finds a mention whatever its language;
/// what is lost is one language's stemming applied to the other's text. Every index backend follows this rule.
/// </summary>
public static class FullTextLanguages
{
    /// <summary>Whether to index the text with the French analysis and with the English one, for a mention's language
    /// (an ISO 639-1 code, possibly with a region such as fr-CA, "und" or null).</summary>
    public static (bool French, bool English) For(string? lang)
    {
        var code = lang.AsSpan().Trim();
        var dash = code.IndexOfAny('-', '_');
        if (dash > 0)
        {
            code = code[..dash];
        }
        if (code.Equals("fr", StringComparison.OrdinalIgnoreCase))
        {
            return (true, false);
        }
        return code.Equals("en", StringComparison.OrdinalIgnoreCase) ? (false, true) : (true, true);
    }
}
