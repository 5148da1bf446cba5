using System.Globalization;
using System.Text;

namespace DemoCorpus;

/// <summary>
/// Writes a mention as one JSON line in a fixed field order. Only what JSON requires is escaped, so accents and
/// emoji stay readable in the committed file (System.Text.Json's encoders escape emoji and apostrophes).
/// </summary>
public static class JsonLine
{
    public static string Write(DemoMention m)
    {
        var b = new StringBuilder(512).Append('{');
        String(b, "id", m.Id, first: true);
        String(b, "source", m.Source);
        String(b, "url", m.Url);
        String(b, "author", m.Author);
        Number(b, "author_followers", m.AuthorFollowers);
        if (m.Title is not null)
        {
            String(b, "title", m.Title);
        }
        String(b, "text", m.Text);
        String(b, "lang", m.Lang);
        String(b, "published_at", m.PublishedAt);
        Number(b, "likes", m.Likes);
        Number(b, "shares", m.Shares);
        Number(b, "replies", m.Replies);
        if (m.Rating is { } rating)
        {
            Number(b, "rating", rating);
        }
        return b.Append('}').ToString();
    }

    private static void Name(StringBuilder b, string name, bool first)
    {
        if (!first)
        {
            b.Append(',');
        }
        b.Append('"').Append(name).Append("\":");
    }

    private static void Number(StringBuilder b, string name, long value)
    {
        Name(b, name, false);
        b.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    private static void String(StringBuilder b, string name, string value, bool first = false)
    {
        Name(b, name, first);
        b.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case < ' ': b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: b.Append(c); break;
            }
        }
        b.Append('"');
    }
}
