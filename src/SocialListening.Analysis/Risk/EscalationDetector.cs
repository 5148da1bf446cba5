using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Risk;

/// <summary>
/// Finds escalation language in French and English: threats to go public, to the press, to a consumer association or
/// regulator, to a lawyer or court, boycott calls and cancellations. Phrases are matched on the folded words of
/// <see cref="SocialTokenizer"/> (accents stripped, elisions split off, hashtags read as words), so "procès",
/// "proces" and "#proces" match alike; a phrase word ending in '*' matches any word it starts.
/// </summary>
public static class EscalationDetector
{
    public const string Public = "going public";
    public const string Press = "press";
    public const string Association = "consumer association";
    public const string Legal = "lawyer";
    public const string Boycott = "boycott";
    public const string Cancellation = "cancellation";

    // Before the phrases: Build reads it (static fields are initialised in the order they are written).
    private static readonly string[] Kinds = [Public, Press, Association, Legal, Boycott, Cancellation];

    // By their first word (Detect was the risk stage's main cost when it tried every phrase at every word).
    private static readonly PhraseIndex<int> Phrases = Build(
        (Public, ["rendre public", "tout le monde saura", "faire tourner", "partagez massivement", "je vais en parler partout", "faire le buzz",
            "go public", "going public", "everyone will know", "tell everyone", "spread the word", "make this viral", "please share", "rt pour"]),
        (Press, ["presse", "journaliste*", "media", "medias", "televis*", "le parisien", "le monde", "bfm*", "france info", "franceinfo", "envoye special", "capital m6",
            "press", "journalist*", "reporter*", "news channel", "the media", "bbc", "watchdog"]),
        (Association, ["ufc que choisir", "que choisir", "ufc", "60 millions de consommateurs", "60 millions", "dgccrf", "arcep", "mediateur*", "signal conso", "signalconso",
            "association de consommateurs", "bbb", "better business bureau", "ftc", "ofcom", "trading standards", "ombudsman", "consumer association", "citizens advice"]),
        (Legal, ["avocat*", "proces", "tribunal", "tribunaux", "porter plainte", "porte plainte", "deposer plainte", "mise en demeure", "poursuivre en justice", "en justice", "action collective", "class action",
            "lawyer*", "attorney*", "sue", "suing", "lawsuit*", "legal action", "small claims", "court"]),
        (Boycott, ["boycott*", "n achetez pas", "n achetez plus", "ne prenez pas", "fuyez", "don t buy", "do not buy", "stay away", "avoid at all costs"]),
        (Cancellation, ["je resilie", "je vais resilier", "resilier", "resiliation", "je me desabonne", "je change d operateur", "je pars chez", "je quitte",
            "i m cancelling", "i m canceling", "im cancelling", "i am cancelling", "i am canceling", "i will cancel", "i ll cancel", "cancel my", "cancelling my", "canceling my", "i m switching", "switching to", "i m leaving", "i am leaving"]));

    /// <summary>The escalation kinds in <paramref name="text"/>, each once, in a fixed order.</summary>
    public static IReadOnlyList<string> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matched = new List<int>();
        Phrases.FindAll(Words(text), matched);
        if (matched.Count == 0)
        {
            return [];
        }
        Span<bool> found = stackalloc bool[Kinds.Length];
        foreach (var kind in matched)
        {
            found[kind] = true;
        }
        // The kinds in the order of the phrase groups, as when the groups were tried one after the other.
        var result = new List<string>(2);
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (found[k])
            {
                result.Add(Kinds[k]);
            }
        }
        return result;
    }

    /// <summary>
    /// The folded words of a text; an elision comes back as a word of its own ("n'achetez" → "n achetez"), and an
    /// English contraction is split at its apostrophe ("i'm" → "i m") so both spellings meet the same phrase.
    /// </summary>
    internal static List<string> Words(string text)
    {
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        var words = new List<string>(tokens.Count + 4);
        foreach (var token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Hashtag or TokenKind.Number))
            {
                continue;
            }
            if (token.Elided is { } elided)
            {
                words.Add(Core.Text.TextFolding.Fold(elided));
            }
            var folded = token.Folded.TrimStart('#');
            // Most words have no separator: they are added as they are, without splitting (and allocating).
            if (folded.AsSpan().IndexOfAny(Separators) < 0)
            {
                if (folded.Length > 0)
                {
                    words.Add(folded);
                }
                continue;
            }
            words.AddRange(folded.Split(['\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries));
        }
        return words;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("'’-");

    private static PhraseIndex<int> Build(params (string Kind, string[] Phrases)[] groups)
    {
        var index = new PhraseIndex<int>();
        foreach (var (kind, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, Array.IndexOf(Kinds, kind));
            }
        }
        return index;
    }
}
