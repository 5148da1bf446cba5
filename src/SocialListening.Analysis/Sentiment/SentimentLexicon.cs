namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// A small hand-written list of clearly positive and negative French and English words (folded, without accents).
/// With under two thousand training tweets per language most sentiment words are seen once or never; a shared
/// LEX_POS / LEX_NEG marker lets them borrow strength from one another. Entries ending in '*' match as prefixes
/// (French inflections: "decu*" covers decu, decue, decus, decues).
/// </summary>
public static class SentimentLexicon
{
    private static readonly string[] PositiveEntries =
    [
        // English
        "good", "great", "excellent", "amazing", "awesome", "fantastic", "wonderful", "love", "loved", "loves", "loving",
        "lovely", "best", "better", "happy", "glad", "nice", "cool", "perfect", "beautiful", "brilliant", "enjoy*", "fun",
        "funny", "thank*", "thx", "congrat*", "excited", "exciting", "proud", "superb", "delight*", "liked",
        "win", "wins", "won", "winning", "winner", "yay", "wow", "lol", "haha*", "impress*", "incredible", "favorite",
        "favourite", "recommend*", "pleased", "smile*", "cute", "sweet", "safe", "hope", "hopefully", "positive",
        "success*", "fabulous", "gorgeous", "outstanding", "terrific", "blessed", "lucky", "celebrat*", "support*",
        "helpful", "easy", "reliable", "worth", "recommend", "solid", "legend*", "genius", "hilarious",
        "interesting", "welcome", "friendly", "satisf*", "comfortable",
        // French
        "bien", "bon", "bonne", "bons", "bonnes", "super", "genial*", "excellent*", "parfait*", "magnifique*", "merci",
        "bravo", "felicitation*", "aime", "aimer", "adore*", "top", "cool", "content*", "heureu*", "ravi*", "sympa*",
        "beau", "belle", "beaux", "belles", "formidable*", "incroyable*", "merveill*", "chouette", "extra", "joli*",
        "meilleur*", "fier", "fiere", "reussi*", "succes", "gagne*", "victoire*", "plaisir", "bonheur", "joie", "mdr",
        "ptdr", "lol", "vivement", "enfin", "agreable*", "efficace*", "rapide*", "pratique*", "satisfait*",
        "recommande*", "felicite*", "magique", "kiff*", "bienvenue", "positi*", "espoir", "encourag*", "soutien*",
        "innov*", "fantastique*", "superbe*", "impression*", "ador*", "amour", "excit*", "interessant*", "utile*",
    ];

    private static readonly string[] NegativeEntries =
    [
        // English
        "bad", "worse", "worst", "terrible", "horrible", "awful", "hate", "hated", "hates", "hating", "sucks", "suck",
        "sucked", "crap", "shit", "fuck*", "damn", "stupid", "idiot*", "dumb", "angry", "mad", "sad", "upset*",
        "disappoint*", "annoy*", "fail", "failed", "fails", "failure", "wrong", "broken", "broke", "poor", "useless",
        "waste*", "pathetic", "ridiculous", "disgust*", "sick", "tired", "problem*", "issue*", "lost", "lose", "loser",
        "losing", "kill*", "dead", "death", "die", "died", "scary", "scared", "fear*", "worr*", "hurt*", "painful",
        "cry*", "sorry", "unfortunately", "sadly", "unhappy", "hell", "evil", "racist", "attack*", "war", "terror*",
        "crisis", "slow", "late", "delay*", "cancel*", "refund", "complain*", "lame", "boring", "ugly", "rude", "shame",
        "mess", "nightmare", "disaster", "fake", "liar", "lies", "lying", "corrupt*",
        // French
        "mal", "mauvais*", "nul", "nuls", "nulle", "nulles", "naze*", "pourri*", "horrible*", "affreu*", "terrible*",
        "deteste*", "decu*", "decev*", "decept*", "honte*", "honteu*", "inadmissible*", "inacceptable*", "scandal*",
        "lamentable*", "pitoyable*", "catastroph*", "arnaque*", "voleur*", "merde*", "putain", "chier", "galere*",
        "probleme*", "panne*", "retard*", "annul*", "triste*", "colere", "enerv*", "marre", "ras-le-bol", "fatigu*",
        "peur", "inquiet*", "danger*", "menace*", "mort", "morts", "tuer", "tue", "tues", "crise*", "pire", "pires", "moche*", "inutile*",
        "lent*", "bug*", "plainte*", "rembourse*", "pollu*", "destruct*",
        "detrui*", "toxique*", "rechauffement", "degat*", "victime*", "attentat*", "guerre*", "hont*", "insupportable*",
        "degout*", "chiant*", "relou*", "con", "cons", "connard*", "debile*", "stupide*", "bete", "betes",
        "pauvre*", "difficile*", "echec*", "perdu*", "perte*", "mensonge*", "menteur*", "ridicule*", "absurde*", "fou",
        "folle", "malheureu*", "malheur*", "dommage", "helas", "pleur*", "souffr*", "douleur*", "abandon*", "interdi*",
    ];

    private static readonly HashSet<string> Positive = Exact(PositiveEntries);
    private static readonly HashSet<string> Negative = Exact(NegativeEntries);
    private static readonly HashSet<string> PositivePrefixes = Prefixes(PositiveEntries);
    private static readonly HashSet<string> NegativePrefixes = Prefixes(NegativeEntries);
    private static readonly int ShortestPrefix = PositivePrefixes.Concat(NegativePrefixes).Min(p => p.Length);
    private static readonly int LongestPrefix = PositivePrefixes.Concat(NegativePrefixes).Max(p => p.Length);

    /// <summary>+1 for a positive word, -1 for a negative one, 0 otherwise. <paramref name="folded"/> is lower case without accents.</summary>
    public static int Polarity(string folded)
    {
        if (Positive.Contains(folded))
        {
            return 1;
        }
        if (Negative.Contains(folded))
        {
            return -1;
        }
        var positive = PositivePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var negative = NegativePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = ShortestPrefix; length <= Math.Min(LongestPrefix, folded.Length); length++)
        {
            var prefix = folded.AsSpan(0, length);
            if (positive.Contains(prefix))
            {
                return 1;
            }
            if (negative.Contains(prefix))
            {
                return -1;
            }
        }
        return 0;
    }

    private static HashSet<string> Exact(string[] entries) =>
        new(entries.Where(e => !e.EndsWith('*')), StringComparer.Ordinal);

    private static HashSet<string> Prefixes(string[] entries) =>
        new(entries.Where(e => e.EndsWith('*')).Select(e => e[..^1]), StringComparer.Ordinal);
}
