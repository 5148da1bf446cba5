using System.Text;

namespace SocialListening.Tests.Hostile;

/// <summary>
/// Seeded generators of the input an attacker or a broken upstream sends: random bytes, invalid UTF-8, control,
/// bidi and zero-width characters, emoji ZWJ sequences, huge texts, deep nesting, formula prefixes. Same seed, same
/// cases, so a failure found once is found again.
/// </summary>
public static class HostileInput
{
    public const int Seed = 20261124;

    private static readonly string[] Nasties =
    [
        "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u0000", "\u001B[31m", "\r", "\n", "\t",
        "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇫🇷", "\uD800", "\uDFFF", "é", "l'", "qu'", "\"", "\\", "'", "<", ">", "&", "{", "}",
        "[", "]", "(", ")", ":", "*", "?", "~", "^", "/", "=", "+", "-", "@", ",", ";", "AND", "OR", "NOT", "TO", "*:*",
        "<script>", "]]>", "<!--", "&#x0;", "%00", "${jndi:x}", "=cmd|' /C calc'!A0", "\u0085", "\u2028", "\u00A0",
    ];

    public static Random Random(int salt = 0) => new(Seed + salt);

    /// <summary>A string mixing ordinary words with the characters parsers trip over, up to <paramref name="maxLength"/>.</summary>
    public static string Text(Random random, int maxLength = 200)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, maxLength + 1);
        while (builder.Length < length)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append(Nasties[random.Next(Nasties.Length)]);
                    break;
                case 1:
                    builder.Append((char)random.Next(0, 0x3000));
                    break;
                default:
                    builder.Append("livraison retard réseau panne brand:mandarine"[random.Next(0, 40)..][..random.Next(1, 6)]);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Random bytes, often invalid UTF-8, sometimes with newlines so that line readers see many records.</summary>
    public static byte[] Bytes(Random random, int maxLength = 2_000)
    {
        var bytes = new byte[random.Next(0, maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Valid UTF-8 with invalid sequences spliced in: lone continuation bytes, overlongs, surrogates, truncations.</summary>
    public static byte[] InvalidUtf8(string around) =>
        [.. Encoding.UTF8.GetBytes(around), 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xE2, 0x82, .. Encoding.UTF8.GetBytes(around)];

    /// <summary>JSON nested <paramref name="depth"/> levels deep: [[[[...]]]].</summary>
    public static string DeepJson(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>An object nested <paramref name="depth"/> levels deep: {"a":{"a":...}}.</summary>
    public static string DeepObject(int depth)
    {
        var builder = new StringBuilder(depth * 8);
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{\"a\":");
        }
        builder.Append('1');
        builder.Append('}', depth);
        return builder.ToString();
    }

    /// <summary>Text of about <paramref name="length"/> characters made of words, emoji and bidi controls.</summary>
    public static string Huge(int length)
    {
        const string chunk = "Réseau coupé 👩‍👩‍👧‍👦 \u202Elivraison\u202C \u200Bretard #panne @mandarine ";
        var builder = new StringBuilder(length + chunk.Length);
        while (builder.Length < length)
        {
            builder.Append(chunk);
        }
        return builder.ToString(0, length);
    }

    /// <summary>A failing input as printable ASCII with \uXXXX escapes, for a readable test failure.</summary>
    public static string Printable(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>Values that a spreadsheet would run as a formula when a CSV export is opened.</summary>
    public static readonly string[] Formulas =
    [
        "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://evil\")",
    ];
}
