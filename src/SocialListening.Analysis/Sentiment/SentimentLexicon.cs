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
        "adorable", "appreciat*", "bless*", "champion*", "charming", "cheer*", "clever", "exceptional", "fascinating",
        "glorious", "grateful", "happiness", "honored", "honoured", "inspir*", "joy*", "laugh*", "magnificent",
        "marvelous", "masterpiece", "perfection", "pleasure", "remarkable", "stunning", "thrill*", "triumph*",
        "victory", "yummy", "brave", "epic", "luv", "xoxo",
        // French
        "bien", "bon", "bonne", "bons", "bonnes", "super", "genial*", "excellent*", "parfait*", "magnifique*", "merci",
        "bravo", "felicitation*", "aime", "aimer", "adore*", "top", "cool", "content*", "heureu*", "ravi*", "sympa*",
        "beau", "belle", "beaux", "belles", "formidable*", "incroyable*", "merveill*", "chouette", "extra", "joli*",
        "meilleur*", "fier", "fiere", "reussi*", "succes", "gagne*", "victoire*", "plaisir", "bonheur", "joie", "mdr",
        "ptdr", "lol", "vivement", "enfin", "agreable*", "efficace*", "rapide*", "pratique*", "satisfait*",
        "recommande*", "felicite*", "magique", "kiff*", "bienvenue", "positi*", "espoir", "encourag*", "soutien*",
        "innov*", "fantastique*", "superbe*", "impression*", "ador*", "amour", "excit*", "interessant*", "utile*",
        "bienveillan*", "chapeau", "epanoui*", "enchant*", "gentil*", "impeccable*", "optimis*", "passionn*",
        "rassur*", "remerci*", "rire", "sourire*", "soulag*", "splendide*", "sublime*", "talentueu*", "youpi",
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
        "abuse*", "afraid", "agony", "alarming", "anger", "anxious", "appalling", "ashamed", "awkward", "bitter",
        "bored", "bullshit", "cruel*", "damage*", "depress*", "destroy*", "dirty", "disgrace*", "dislike*", "dread*",
        "embarrass*", "fatal", "frustrat*", "furious", "garbage", "gross", "guilty", "harm*", "hopeless", "horrific",
        "horrified", "hostile", "insult*", "jealous", "lousy", "miserable", "misery", "nasty", "outrage*", "panic*",
        "pissed", "regret*", "sadness", "shock*", "stink*", "suffer*", "terrified", "threat*", "tragic", "tragedy",
        "trash", "trouble*", "unfair", "violence", "violent", "weak", "wtf", "smh", "ugh",
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
        "accablant*", "agac*", "angoiss*", "atroce*", "blesse*", "bordel", "chomage", "condamn*", "crain*",
        "desastr*", "desesp*", "deplorable*", "epouvant*", "escroc*", "fiasco", "furieu*", "gach*", "gaspill*",
        "haine*", "hideu*", "indign*", "injust*", "inquietude*", "lache*", "malade*", "mediocre*", "mepris*",
        "mechant*", "navrant*", "odieu*", "penible*", "pitie", "revolt*", "ruine*", "souci*", "tragique*", "trahi*",
        "vergogne", "violen*", "vomi*",
    ];

    private static readonly Node Root = Build();

    /// <summary>+1 for a positive word, -1 for a negative one, 0 otherwise. <paramref name="folded"/> is lower case
    /// without accents. Exact entries win over prefixes, positive over negative.</summary>
    public static int Polarity(string folded)
    {
        // One walk down a character trie finds the exact entry and every prefix entry of the word: tweets have
        // twenty-odd words and this runs for each, so it must not cost a hash lookup per possible prefix.
        var node = Root;
        bool positivePrefix = false, negativePrefix = false;
        foreach (var c in folded)
        {
            var next = node.Child(c);
            if (next is null)
            {
                return positivePrefix ? 1 : negativePrefix ? -1 : 0;
            }
            node = next;
            positivePrefix |= node.PrefixPolarity > 0;
            negativePrefix |= node.PrefixPolarity < 0;
        }
        return node.ExactPolarity != 0 ? node.ExactPolarity : positivePrefix ? 1 : negativePrefix ? -1 : 0;
    }

    private static Node Build()
    {
        var root = new Node();
        // Negative first, so that a word listed in both ends up positive, as the exact-positive-first rule says.
        foreach (var (entries, polarity) in new[] { (NegativeEntries, -1), (PositiveEntries, 1) })
        {
            foreach (var entry in entries)
            {
                var prefix = entry.EndsWith('*');
                var word = prefix ? entry[..^1] : entry;
                var node = root;
                foreach (var c in word)
                {
                    node = node.Child(c) ?? node.Add(c);
                }
                if (prefix)
                {
                    node.PrefixPolarity = polarity;
                }
                else
                {
                    node.ExactPolarity = polarity;
                }
            }
        }
        return root;
    }

    // Folded words are mostly a-z: those children sit in an array indexed by the letter, the rest in a dictionary.
    private sealed class Node
    {
        private Node?[]? _letters;
        private Dictionary<char, Node>? _others;

        public int ExactPolarity { get; set; }
        public int PrefixPolarity { get; set; }

        public Node? Child(char c) =>
            c is >= 'a' and <= 'z' ? _letters?[c - 'a'] : _others is not null && _others.TryGetValue(c, out var next) ? next : null;

        public Node Add(char c)
        {
            var next = new Node();
            if (c is >= 'a' and <= 'z')
            {
                (_letters ??= new Node?[26])[c - 'a'] = next;
            }
            else
            {
                (_others ??= [])[c] = next;
            }
            return next;
        }
    }
}
