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

    private static readonly (string Kind, string[] Words)[] Phrases = Build(
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
        var words = Words(text);
        var found = new List<string>();
        foreach (var (kind, phrase) in Phrases)
        {
            if (!found.Contains(kind) && Contains(words, phrase))
            {
                found.Add(kind);
            }
        }
        return found;
    }

    /// <summary>
    /// The folded words of a text; an elision comes back as a word of its own ("n'achetez" → "n achetez"), and an
    /// English contraction is split at its apostrophe ("i'm" → "i m") so both spellings meet the same phrase.
    /// </summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in SocialTokenizer.Tokenize(text))
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
            words.AddRange(folded.Split(['\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries));
        }
        return words;
    }

    private static bool Contains(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                var p = phrase[j];
                match = p.EndsWith('*') ? words[start + j].StartsWith(p[..^1], StringComparison.Ordinal) : words[start + j] == p;
            }
            if (match)
            {
                return true;
            }
        }
        return false;
    }

    private static (string, string[])[] Build(params (string Kind, string[] Phrases)[] groups) =>
        [.. groups.SelectMany(g => g.Phrases.Select(p => (g.Kind, p.Split(' ', StringSplitOptions.RemoveEmptyEntries))))];
}
