namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Polarity of common emoji and emoticons. Tweets are short, so one 😡 or :( often carries the whole sentiment;
/// the marker lets the rare emoji share weight with the frequent ones of the same polarity.
/// </summary>
public static class EmojiLexicon
{
    private static readonly HashSet<string> PositiveEmoji = new(StringComparer.Ordinal)
    {
        "😀", "😃", "😄", "😁", "😆", "😅", "😂", "🤣", "😊", "😇", "🙂", "😉", "😍", "🥰", "😘", "😗", "😙", "😚",
        "😋", "😛", "😜", "🤪", "😝", "🤗", "👍", "👏", "🙌", "💪", "❤", "♥", "💕", "💖", "💗", "💓", "💞", "💙",
        "💚", "💛", "💜", "🧡", "💯", "🎉", "🥳", "✨", "😎", "☺", "👌", "🙏", "🌟", "⭐", "🏆", "✌", "😻", "🤩",
    };

    private static readonly HashSet<string> NegativeEmoji = new(StringComparer.Ordinal)
    {
        "😞", "😟", "😠", "😡", "🤬", "😢", "😭", "😤", "😩", "😫", "😒", "😔", "😕", "🙁", "☹", "😣", "😖", "😓",
        "😰", "😱", "👎", "💔", "🤮", "🤢", "🙄", "😬", "🤦", "💩", "😪", "😥", "😨", "😧", "😦", "🥺", "😿", "🤯",
    };

    /// <summary>Emoticons and their polarity (+1 or -1). Matched only as whole space-separated tokens.</summary>
    public static readonly IReadOnlyList<(string Text, int Polarity)> Emoticons =
    [
        (":)", 1), (":-)", 1), (":D", 1), (":-D", 1), (";)", 1), (";-)", 1), (":p", 1), (":P", 1), ("<3", 1),
        ("=)", 1), (":]", 1), ("xD", 1), ("XD", 1), (":o)", 1), ("^^", 1), ("^_^", 1),
        (":(", -1), (":-(", -1), (":'(", -1), (">:(", -1), (":/", -1), (":-/", -1), ("=(", -1), (":[", -1),
        (":|", -1), ("</3", -1), (":@", -1),
    ];

    /// <summary>+1, -1 or 0 for an emoji with its skin tone and variation selectors already removed.</summary>
    public static int Polarity(string emoji) =>
        PositiveEmoji.Contains(emoji) ? 1 : NegativeEmoji.Contains(emoji) ? -1 : 0;

    /// <summary>The emoji without skin-tone modifiers and variation selectors, so 👍🏽 and 👍 are one feature.</summary>
    public static string Base(string emoji)
    {
        var plain = true;
        foreach (var rune in emoji.EnumerateRunes())
        {
            if (IsModifier(rune.Value))
            {
                plain = false;
                break;
            }
        }
        if (plain)
        {
            return emoji;
        }
        var builder = new System.Text.StringBuilder(emoji.Length);
        foreach (var rune in emoji.EnumerateRunes())
        {
            if (!IsModifier(rune.Value))
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }

    private static bool IsModifier(int value) => value is 0xFE0F or 0xFE0E or (>= 0x1F3FB and <= 0x1F3FF);
}
