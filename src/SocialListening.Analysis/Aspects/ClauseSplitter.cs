using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Aspects;

/// <summary>
/// Splits a text into clauses at sentence and clause punctuation and at contrast markers in French and English
/// ("mais", "par contre", "en revanche", "alors que", "but", "however", "although"...), which are left out of
/// the clauses they open.
/// </summary>
public static class ClauseSplitter
{
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal) { ",", ";", ".", "!", "?", ":", "…", "(", ")", "\u2014", "\u2013" };

    private static readonly HashSet<string> Contrasts = new(StringComparer.Ordinal)
    {
        "mais", "cependant", "pourtant", "neanmoins", "toutefois", "tandis", "sauf", "sinon",
        "but", "however", "although", "though", "whereas", "yet", "except", "unfortunately", "malheureusement",
    };

    private static readonly HashSet<(string, string)> TwoWordContrasts =
    [
        ("par", "contre"), ("en", "revanche"), ("alors", "que"), ("even", "though"), ("on", "the"),
    ];

    // The first words of the pairs: most words are none of them, and a string lookup is cheaper than hashing a pair.
    private static readonly HashSet<string> TwoWordStarts = new(TwoWordContrasts.Select(p => p.Item1), StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?");

    public static IReadOnlyList<Clause> Split(string text)
    {
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        var clauses = new List<Clause>();
        var words = new List<string>();
        int? start = null;
        var end = 0;
        var contrast = false;

        void Close(bool nextIsContrast)
        {
            if (start is { } s && words.Count > 0)
            {
                clauses.Add(new Clause(s, end, words, contrast));
                words = [];
                start = null;
                contrast = nextIsContrast;
            }
            else
            {
                contrast |= nextIsContrast;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && (Breaks.Contains(token.Text) || !token.Text.AsSpan().ContainsAnyExcept(SentenceEnds)))
            {
                Close(false);
                continue;
            }
            if (token.Kind == TokenKind.Word && Contrasts.Contains(token.Folded))
            {
                Close(true);
                continue;
            }
            if (token.Kind == TokenKind.Word && i + 1 < tokens.Count && TwoWordStarts.Contains(token.Folded)
                && TwoWordContrasts.Contains((token.Folded, tokens[i + 1].Folded))
                && !(token.Folded == "on" && !(i + 2 < tokens.Count && tokens[i + 2].Folded == "other")))
            {
                Close(true);
                i += token.Folded == "on" ? 3 : 1;
                continue;
            }
            if (token.Kind is TokenKind.Url or TokenKind.Mention)
            {
                continue;
            }
            // An elided article or pronoun ("c'" in "c'est") is written before the token's start.
            start ??= token.Elided is null ? token.Start : Math.Max(0, token.Start - token.Elided.Length - 1);
            end = token.Start + token.Text.Length;
            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
            {
                words.Add(token.Folded);
            }
        }
        Close(false);
        return clauses;
    }
}
