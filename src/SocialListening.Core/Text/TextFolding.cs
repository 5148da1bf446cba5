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
        if (c < LatinTableSize)
        {
            builder.Append(LatinTable[c]);
            return;
        }
        // A lone surrogate (half of an emoji) cannot be normalised on its own: it passes through unchanged.
        if (char.IsSurrogate(c))
        {
            builder.Append(c);
            return;
        }
        builder.Append(FoldChar(c));
    }

    // Accented Latin letters are most of the non-ASCII text in French posts: fold them from a table built once.
    private const int LatinTableSize = 0x250;
    private static readonly string[] LatinTable = BuildLatinTable();

    private static string[] BuildLatinTable()
    {
        var table = new string[LatinTableSize];
        for (var c = 0; c < LatinTableSize; c++)
        {
            table[c] = (char)c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => FoldChar((char)c),
            };
        }
        return table;
    }

    private static string FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }
        return builder.ToString();
    }
}
