using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace SocialListening.Ingestion.Sources.Rss;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with DTDs prohibited and no resolver, so entity expansion and external
/// entities cannot be used against us. Elements are found by local name, which tolerates the namespace mistakes
/// real feeds make.
/// </summary>
public static class FeedParser
{
    public static IReadOnlyList<FeedItem> Parse(byte[] body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000, IgnoreComments = true };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new Http.CrawlException($"the feed is not well-formed XML (line {e.LineNumber}: {e.Message}).", inner: e);
        }
        var root = document.Root!;
        var feedLang = Value(root.Element("channel") ?? root, "language") ?? (string?)root.Attribute(XNamespace.Xml + "lang");
        var items = root.Name.LocalName == "feed"
            ? root.Elements().Where(e => e.Name.LocalName == "entry").Select(e => Atom(e, feedLang))
            : root.Descendants().Where(e => e.Name.LocalName == "item").Select(e => Rss(e, feedLang));
        return items.ToList();
    }

    private static FeedItem Rss(XElement item, string? lang) => new(
        Value(item, "guid") ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
        Value(item, "link"),
        Value(item, "title"),
        Value(item, "encoded") ?? Value(item, "description"),
        Date(Value(item, "pubDate") ?? Value(item, "date")),
        Value(item, "creator") ?? Value(item, "author"),
        long.TryParse(Value(item, "comments"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var comments) ? comments : null,
        lang);

    private static FeedItem Atom(XElement entry, string? lang)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var author = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "author");
        return new FeedItem(
            Value(entry, "id"),
            (string?)link?.Attribute("href"),
            Value(entry, "title"),
            Value(entry, "content") ?? Value(entry, "summary"),
            Date(Value(entry, "published") ?? Value(entry, "updated")),
            author is null ? null : Value(author, "name"),
            null,
            (string?)entry.Attribute(XNamespace.Xml + "lang") ?? lang);
    }

    private static string? Value(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } v ? v : null;

    // RFC 822 dates in the wild: named zones, single-digit days, missing weekdays.
    private static readonly (string Zone, string Offset)[] Zones =
        [("UT", "+00:00"), ("GMT", "+00:00"), ("Z", "+00:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
         ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("CET", "+01:00"), ("CEST", "+02:00")];

    public static DateTimeOffset? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }
        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',');
        if (comma >= 0)
        {
            trimmed = trimmed[(comma + 1)..].Trim();
        }
        foreach (var (zone, offset) in Zones)
        {
            if (trimmed.EndsWith(" " + zone, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^zone.Length] + offset;
                break;
            }
        }
        string[] formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzzz", "d MMM yyyy HH:mm:ss"];
        return DateTimeOffset.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed)
            || DateTimeOffset.TryParseExact(InsertColon(trimmed), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed)
            ? parsed
            : null;
    }

    // "+0100" -> "+01:00", the form the zzz specifier reads.
    private static string InsertColon(string text) =>
        text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit) ? text[..^2] + ":" + text[^2..] : text;
}
