using System.Globalization;
using System.Text;

namespace SocialListening.Core.Text;

/// <summary>
/// Lower-cases and strips accents so that "Réseau", "RESEAU" and "réseau" compare equal. Matching, keyword fields
/// and the index all fold the same way, which is why this lives in Core.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = true;
        foreach (var c in text)
        {
            if (c >= 0x80 || char.IsUpper(c))
            {
                plain = false;
                break;
            }
        }
        if (plain)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendFolded(builder, c);
        }
        return builder.ToString();
    }

    public static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 0x80)
        {
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            return;
        }
        switch (c)
        {
            case 'œ' or 'Œ': builder.Append("oe"); return;
            case 'æ' or 'Æ': builder.Append("ae"); return;
            case 'ß': builder.Append("ss"); return;
            case '’' or '‘' or 'ʼ': builder.Append('\''); return;
        }
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }
    }
}
