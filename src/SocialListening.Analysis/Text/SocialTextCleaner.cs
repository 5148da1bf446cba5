using System.Globalization;
using System.Text;

namespace SocialListening.Analysis.Text;

/// <summary>
/// Undoes the escaping that exported posts often carry: literal <c>\u2019</c> sequences (the SemEval tweets have
/// them) and the HTML entities of the Twitter API (<c>&amp;amp;</c>, <c>&amp;lt;3</c>). Text without them is
/// returned as is, without allocating.
/// </summary>
public static class SocialTextCleaner
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One scan for either sign: most texts have neither, and this runs on every text scored.
        if (text.AsSpan().IndexOfAny('\\', '&') < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\' && i + 6 <= text.Length && text[i + 1] == 'u'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 6;
                continue;
            }
            if (text[i] == '&' && TryEntity(text, i, out var replacement, out var length))
            {
                builder.Append(replacement);
                i += length;
                continue;
            }
            builder.Append(text[i]);
            i++;
        }
        return builder.ToString();
    }

    private static bool TryEntity(string text, int i, out char replacement, out int length)
    {
        ReadOnlySpan<(string Entity, char Char)> entities = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\'')];
        foreach (var (entity, c) in entities)
        {
            if (text.AsSpan(i).StartsWith(entity, StringComparison.Ordinal))
            {
                replacement = c;
                length = entity.Length;
                return true;
            }
        }
        replacement = default;
        length = 0;
        return false;
    }
}
