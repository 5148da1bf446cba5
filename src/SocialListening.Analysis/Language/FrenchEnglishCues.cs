using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Language;

/// <summary>
/// A quick decision between French and English from function words, elisions and accented letters, for the many
/// posts where that is beyond doubt ("je", "les", "l'" and at most a third as many cues like "the"). Lingua needs
/// 0.1-1 ms per text on this machine; this takes microseconds, and the detector falls back to Lingua whenever the
/// cues are thin or evenly mixed.
/// Words spelled alike in both languages (a, on, me, son, plus, la, as, an) are left out.
/// </summary>
public static class FrenchEnglishCues
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "les", "des", "du", "au", "aux", "une", "un", "est", "et", "je", "tu", "il", "elle", "nous", "vous", "ils",
        "elles", "pour", "dans", "avec", "sur", "pas", "qui", "que", "ce", "cette", "ces", "mon", "mes", "tes", "ses",
        "leur", "leurs", "mais", "ou", "donc", "car", "tres", "tout", "tous", "toute", "bien", "fait", "etre", "avoir",
        "sont", "ont", "suis", "chez", "sans", "quand", "comme", "aussi", "encore", "deja", "pourquoi", "merci", "oui",
        "rien", "jamais", "toujours", "ne", "y", "votre", "vos", "notre", "nos", "cest", "alors", "avant", "apres",
        "depuis", "entre", "sous", "contre", "peu", "beaucoup", "trop", "faire", "va", "vont", "peut", "faut", "dit",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "are", "was", "were", "to", "of", "for", "it", "you", "that", "this", "with", "be", "have",
        "has", "my", "your", "i", "we", "they", "he", "she", "not", "but", "what", "will", "just", "at", "from", "by",
        "so", "if", "can", "about", "all", "get", "got", "do", "don't", "i'm", "it's", "out", "up", "when", "who", "how",
        "would", "should", "could", "been", "there", "their", "them", "our", "his", "him", "her", "in", "going", "see",
        "one", "day", "new", "now", "like", "no", "yes", "know", "think", "tomorrow", "today", "its", "im", "dont",
        "cant", "which", "because", "than", "then", "an", "or", "any", "some", "more", "after", "before",
    };

    /// <summary>"fr" or "en" when the cues of <paramref name="text"/> settle it (see <see cref="Decide(CueCounts)"/>), else null.</summary>
    public static string? Decide(string text)
    {
        var counts = default(CueCounts);
        foreach (var token in SocialTokenizer.Tokenize(text))
        {
            counts = counts.Add(token);
        }
        return Decide(counts);
    }

    /// <summary>
    /// "fr" or "en" when one side has at least two cues and three times as many as the other, or when a text of at
    /// least <see cref="MinimumWordsForOneCue"/> words has a single cue and it is a function word; else null.
    /// Unanimity (the earlier rule) sent to Lingua every long review holding one word of the other language
    /// ("car", "sur", a place name with an accent): 59 % of Lingua's calls on the benchmark corpus, at 100-400 µs
    /// each, where these rules were right at least as often as Lingua on every labelled set (decision 008).
    /// </summary>
    public static string? Decide(CueCounts counts)
    {
        var (french, english) = (counts.French, counts.EnglishWords);
        if (french >= 2 && french >= 3 * english)
        {
            return "fr";
        }
        if (english >= 2 && english >= 3 * french)
        {
            return "en";
        }
        if (counts.Words < MinimumWordsForOneCue || french + english != 1 || counts.FrenchMarks != 0)
        {
            return null;
        }
        return french == 1 ? "fr" : "en";
    }

    /// <summary>Shorter texts with one cue go to Lingua, which can still answer "und" ("Car wash", "Merci hein").</summary>
    public const int MinimumWordsForOneCue = 4;

    internal static bool IsFrenchWord(string folded) => French.Contains(folded);

    internal static bool IsEnglishWord(string folded) => English.Contains(folded);

    internal static bool HasFrenchLetter(string word)
    {
        foreach (var c in word)
        {
            if (c is 'é' or 'è' or 'ê' or 'à' or 'â' or 'ç' or 'ù' or 'û' or 'î' or 'ô' or 'ë' or 'ï' or 'œ'
                or 'É' or 'È' or 'Ê' or 'À' or 'Ç')
            {
                return true;
            }
        }
        return false;
    }
}
