using System.Globalization;
using System.Text;
using SocialListening.Core.Text;

namespace SocialListening.Analysis.Text;

/// <summary>
/// Splits French and English social text into words, numbers, #hashtags, @mentions, URLs, emoji and punctuation.
/// French elisions (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu') are split off the word they
/// precede and kept on it as <see cref="Token.Elided"/>; "aujourd'hui" and English contractions stay whole.
/// </summary>
public static class SocialTokenizer
{
    private static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    };

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // About one token per five characters in posts and reviews (4.9 on the benchmark corpus, where one text in two
        // outgrew a list sized for six and was copied into one twice as large): sized once, a little above.
        var tokens = new List<Token>(text.Length / 4 + 4);
        Append(text, tokens, WordMemory.Current);
        return tokens;
    }

    /// <summary>The tokens of <paramref name="text"/> in a list borrowed from this thread (see <see cref="TokenLease"/>).</summary>
    public static TokenLease Borrow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TokenLease(text);
    }

    internal static void Append(string text, List<Token> tokens, WordMemory memory)
    {
        var receiver = new ListReceiver(tokens, memory);
        Scan(text, ref receiver);
    }

    /// <summary>Takes the tokens of a text as <see cref="Scan"/> finds them. A struct, so each receiver gets its own
    /// compiled scan with its calls inlined.</summary>
    internal interface IReceiver
    {
        /// <summary>A word or number, <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>]:
        /// <paramref name="isNumber"/>, <paramref name="mayHaveApostrophe"/> and <paramref name="plain"/> (no capital,
        /// nothing beyond ASCII) as <see cref="MakeWord(string, int, int, bool, bool, bool)"/> takes them.</summary>
        void Word(string text, int start, int end, bool isNumber, bool mayHaveApostrophe, bool plain);

        /// <summary>Any other token.</summary>
        void Add(in Token token);
    }

    // The tokens into a list, each word's strings from the thread's memory of words.
    private readonly struct ListReceiver(List<Token> tokens, WordMemory memory) : IReceiver
    {
        public void Word(string text, int start, int end, bool isNumber, bool mayHaveApostrophe, bool plain)
        {
            if (!memory.TryGet(text.AsSpan(start, end - start), out var word))
            {
                var characters = text[start..end];
                word = MakeWord(characters, isNumber, mayHaveApostrophe, plain);
                memory.Add(characters, word);
            }
            tokens.Add(new Token(word.Kind, word.Text, word.Folded, start + word.Offset, word.Elided));
        }

        public void Add(in Token token) => tokens.Add(token);
    }

    /// <summary>The token of the word <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] that
    /// <see cref="Scan"/> handed to <see cref="IReceiver.Word"/>, with its own strings.</summary>
    internal static Token MakeWord(string text, int start, int end, bool isNumber, bool mayHaveApostrophe, bool plain)
    {
        var word = MakeWord(text[start..end], isNumber, mayHaveApostrophe, plain);
        return new Token(word.Kind, word.Text, word.Folded, start + word.Offset, word.Elided);
    }

    internal static void Scan<TReceiver>(string text, ref TReceiver receiver) where TReceiver : struct, IReceiver
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (StartsUrl(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                while (i > start && ".,;:!?)]}\"'»".Contains(text[i - 1]))
                {
                    i--;
                }
                var url = text[start..i];
                // ToLowerInvariant returns the same string when there is nothing to lower.
                receiver.Add(new Token(TokenKind.Url, url, url.ToLowerInvariant(), start));
                continue;
            }
            if ((c == '#' || c == '@') && i + 1 < text.Length && IsWordChar(text, i + 1))
            {
                i++;
                while (i < text.Length && (IsWordChar(text, i) || (text[i] == '.' && c == '@' && i + 1 < text.Length && IsWordChar(text, i + 1))))
                {
                    i += char.IsSurrogatePair(text, i) ? 2 : 1;
                }
                var name = text[(start + 1)..i];
                receiver.Add(new Token(c == '#' ? TokenKind.Hashtag : TokenKind.Mention, text[start..i], TextFolding.Fold(name), start));
                continue;
            }
            if (IsWordChar(text, i))
            {
                var isNumber = char.IsDigit(c);
                var apostrophe = false;
                // No capital and nothing beyond ASCII: folding would hand back the word itself.
                var plain = true;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsAsciiLetterOrDigit(ch) || ch == '_')
                    {
                        // Most characters of most words: a word character that is no joiner, no apostrophe, no
                        // surrogate, so none of the general checks below can say otherwise.
                        isNumber &= char.IsAsciiDigit(ch);
                        plain &= !char.IsAsciiLetterUpper(ch);
                        i++;
                        continue;
                    }
                    if (!IsWordChar(text, i) && !IsJoiner(text, i))
                    {
                        break;
                    }
                    if (!char.IsDigit(ch) && ch is not ('.' or ','))
                    {
                        isNumber = false;
                    }
                    apostrophe |= FoldsToApostrophe(ch);
                    plain &= ch < 0x80;
                    i += char.IsSurrogatePair(text, i) ? 2 : 1;
                }
                receiver.Word(text, start, i, isNumber, apostrophe, plain);
                continue;
            }
            var rune = Rune.GetRuneAt(text, i);
            if (IsEmoji(rune))
            {
                i += rune.Utf16SequenceLength;
                // Keep a whole emoji sequence together: skin tones, variation selectors and zero-width joiners.
                while (i < text.Length)
                {
                    var next = Rune.GetRuneAt(text, i);
                    if (next.Value is 0x200D or 0xFE0F || next.Value is >= 0x1F3FB and <= 0x1F3FF)
                    {
                        i += next.Utf16SequenceLength;
                        if (next.Value == 0x200D && i < text.Length)
                        {
                            i += Rune.GetRuneAt(text, i).Utf16SequenceLength;
                        }
                        continue;
                    }
                    break;
                }
                var emoji = text[start..i];
                receiver.Add(new Token(TokenKind.Emoji, emoji, emoji, start));
                continue;
            }
            i += rune.Utf16SequenceLength;
            var mark = i - start == 1 && c < AsciiMarks.Length ? AsciiMarks[c] : text[start..i];
            receiver.Add(new Token(TokenKind.Punctuation, mark, mark, start));
        }
    }

    // The same characters always make the same word: isNumber, mayHaveApostrophe and plain follow from them.
    private static WordMemory.Word MakeWord(string word, bool isNumber, bool mayHaveApostrophe, bool plain)
    {
        if (isNumber)
        {
            return new WordMemory.Word(TokenKind.Number, word, word, 0, null);
        }
        var folded = plain ? word : TextFolding.Fold(word);
        if (!mayHaveApostrophe)
        {
            // No elision to split and no apostrophe to trim: most words, spared two scans.
            return new WordMemory.Word(TokenKind.Word, word, folded, 0, null);
        }
        var apostrophe = folded.IndexOf('\'');
        if (apostrophe > 0 && apostrophe < folded.Length - 1 && Elisions.Contains(folded[..apostrophe]))
        {
            var offset = apostrophe + 1;
            return new WordMemory.Word(TokenKind.Word, word[offset..], folded[offset..], offset, folded[..apostrophe]);
        }
        return new WordMemory.Word(TokenKind.Word, word, folded.TrimEnd('\''), 0, null);
    }

    // The characters TextFolding turns into an apostrophe ('ʼ' is a letter, so it can even end a word).
    private static bool FoldsToApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    // One-character punctuation is most of it and repeats in every post: one string per ASCII mark, not one per token.
    private static readonly string[] AsciiMarks = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c == '_')
        {
            return true;
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // Apostrophes and hyphens inside a word ("l'appli", "peut-être"), decimal separators inside a number.
    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        if (c is not ('\'' or '’' or '-' or '.' or ',') || i + 1 >= text.Length || i == 0)
        {
            return false;
        }
        if (c is '.' or ',')
        {
            return char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        }
        return char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
    }

    // The first letter rules out nearly every token before the three case-insensitive comparisons.
    private static bool StartsUrl(string text, int i) =>
        text[i] is 'h' or 'H' or 'w' or 'W' && (text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsEmoji(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
}
