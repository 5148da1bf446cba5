using System.Globalization;
using System.Text.Json;

namespace SocialListening.Ingestion.Sources;

/// <summary>Lenient reads of public API payloads: a missing or mistyped field is null, never an exception.</summary>
public static class JsonRead
{
    public static JsonElement? Get(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }
        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    public static string? Str(this JsonElement element, params string[] path) => element.Get(path) switch
    {
        { ValueKind: JsonValueKind.String } e => Text(e),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    /// <summary>
    /// A JSON string as text, or null when it escapes half of a surrogate pair (\ud800), which .NET refuses to read
    /// as a string: such a value is malformed like a mistyped one.
    /// </summary>
    public static string? Text(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static long? Long(this JsonElement element, params string[] path) => element.Get(path) switch
    {
        { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var v) => v,
        { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && d is >= long.MinValue and <= long.MaxValue => (long)d,
        { ValueKind: JsonValueKind.String } e when long.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    public static DateTimeOffset? Date(this JsonElement element, params string[] path) =>
        element.Str(path) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, params string[] path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>Counts from the outside are never negative in the index.</summary>
    public static long Count(long? value) => value is > 0 ? value.Value : 0;

    public static JsonDocument Parse(byte[] body, string what)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new Http.CrawlException($"{what}: the response is not valid JSON ({e.Message}).", inner: e);
        }
    }

    public static string Excerpt(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length > 120 ? raw[..120] + "…" : raw;
    }
}
