namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Reads the slot names ML.NET gives the features of <see cref="TextFeatures"/>: "Char.&lt;␂&gt;|m|y" is the character
/// n-gram of the start marker, 'm' and 'y'; "Word.ne|marche" the word bigram. Characters up to the space are spelt as
/// control pictures in angle brackets, DEL as &lt;␡&gt;; the C1 controls, the line and paragraph separators and
/// the surrogates are spelt with names that do not say which character it was (every surrogate is "\u4X"), so
/// n-grams holding them are reported as unspellable.
/// </summary>
internal static class NgramSlotNames
{
    public const string CharPrefix = "Char.";
    public const string WordPrefix = "Word.";
    private const char ControlPictures = '\u2400';
    private const char DeletePicture = '\u2421';

    /// <summary>
    /// The key of a character n-gram slot (and the key of the n-gram without its last character), or null when its
    /// name holds a character it cannot spell.
    /// </summary>
    public static ulong? CharKey(ReadOnlySpan<char> body, out int length, out ulong prefix)
    {
        var key = NgramKey.Empty;
        prefix = key;
        length = 0;
        var pos = 0;
        while (pos < body.Length)
        {
            var end = pos + 1;
            prefix = key;
            if (end < body.Length && body[end] != '|')
            {
                end = body[pos..].IndexOf('|') is var bar and >= 0 ? pos + bar : body.Length;
                var spelt = body[pos..end];
                if (spelt.Length != 3 || spelt[0] != '<' || spelt[2] != '>' || spelt[1] < ControlPictures || spelt[1] > DeletePicture)
                {
                    return null;
                }
                key = NgramKey.Add(key, spelt[1] == DeletePicture ? '\u007f' : (char)(spelt[1] - ControlPictures));
            }
            else
            {
                key = NgramKey.Add(key, body[pos]);
            }
            length++;
            pos = end + 1;
        }
        return key;
    }

    /// <summary>
    /// The key of a word n-gram slot ("a" or "a|b"; for a pair, the keys of its two words too), or null when it is
    /// not one or two words.
    /// </summary>
    public static ulong? WordKey(ReadOnlySpan<char> body, out (ulong First, ulong Second)? words)
    {
        words = null;
        var bar = body.IndexOf('|');
        if (bar < 0)
        {
            return body.IsEmpty ? null : NgramKey.Of(body);
        }
        var second = body[(bar + 1)..];
        if (bar == 0 || second.IsEmpty || second.Contains('|'))
        {
            return null;
        }
        words = (NgramKey.Of(body[..bar]), NgramKey.Of(second));
        return NgramKey.Pair(words.Value.First, second);
    }
}
