using System.Text.Json;

namespace SocialListening.Ingestion.Import;

/// <summary>Turns one JSON object into a record's fields; strings, numbers and booleans become text.</summary>
internal static class JsonRecord
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow };

    public static RawRecord Parse(long line, string text)
    {
        var excerpt = text.Length > 200 ? text[..200] : text;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            return RawRecord.Bad(line, "malformed JSON: " + FirstSentence(e.Message), excerpt);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RawRecord.Bad(line, "a line must hold one JSON object", excerpt);
            }
            try
            {
                return new RawRecord(line, Fields(document.RootElement), null, excerpt);
            }
            catch (InvalidOperationException)
            {
                // JSON can escape half of a surrogate pair (\ud800), which no .NET string can hold as text.
                return RawRecord.Bad(line, "invalid text: a lone UTF-16 surrogate escape such as \\ud800", excerpt);
            }
        }
    }

    private static Dictionary<string, string?> Fields(JsonElement root)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => null,
                // Arrays and objects (an export's brands, for instance) are not import fields: the analysis recomputes them.
                _ => fields.ContainsKey(property.Name) ? fields[property.Name] : null,
            };
        }
        return fields;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
