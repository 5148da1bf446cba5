using SocialListening.Core.Text;

namespace SocialListening.Core.Spikes;

/// <summary>
/// The words that explain a spike: folded words (accents stripped, French elisions and stop words dropped) counted
/// once per mention, ranked by count × log-ratio of their rate in the spike hour to their smoothed rate in the
/// baseline. Small on purpose: a spike needs a hint of what happened, not a key-phrase model.
/// </summary>
public static class SpikeTerms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // French
        "les", "des", "une", "est", "pas", "que", "qui", "pour", "dans", "sur", "avec", "plus", "par", "mais", "son", "ses",
        "sont", "aux", "ont", "cette", "ces", "tout", "tous", "nous", "vous", "ils", "elle", "elles", "leur", "leurs", "mon",
        "mes", "ton", "tes", "notre", "votre", "vos", "nos", "etre", "avoir", "fait", "faire", "comme", "depuis", "encore",
        "aussi", "bien", "tres", "rien", "quoi", "alors", "donc", "car", "quand", "meme", "apres", "avant", "sans", "chez",
        "entre", "moi", "toi", "lui", "ete", "etait", "suis", "sommes", "etes", "ai", "avez", "avons", "peut", "ca", "cela",
        "ceci", "ici", "jour", "deja", "toujours", "jamais", "fois", "sous", "vers", "dont", "ou", "the", "vais", "allez", "va", "vont",
        "faut", "peux", "veux", "personne", "aucune", "aucun", "quelle", "quel", "cest",
        // English
        "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "him",
        "his", "how", "its", "may", "new", "now", "see", "two", "who", "did", "get", "got", "let", "say", "she", "too", "use",
        "this", "that", "with", "have", "from", "they", "will", "your", "what", "when", "just", "been", "were", "them", "than",
        "then", "into", "more", "some", "only", "also", "very", "about", "there", "their", "would", "could", "should", "still",
        "after", "again", "because", "being", "does", "doing", "here", "over", "such", "it's", "i'm", "don't", "can't",
        "http", "https", "www", "com",
    };

    /// <summary>The distinct content words of a text (at least three letters, not a stop word, not in <paramref name="exclude"/>).</summary>
    public static HashSet<string> Words(string text, IReadOnlySet<string>? exclude = null)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var kept = TextFolding.Fold(text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("www.", StringComparison.Ordinal) && !t.StartsWith('@'));
        foreach (var raw in kept.SelectMany(t => t.Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
        {
            var word = raw.Trim('#', '\'', '-', '_');
            // French elision: l'opérateur → operateur, qu'on → on.
            var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe is > 0 and <= 5)
            {
                word = word[(apostrophe + 1)..];
            }
            if (word.Length >= 3 && !StopWords.Contains(word) && !word.All(char.IsDigit) && exclude?.Contains(word) != true)
            {
                words.Add(word);
            }
        }
        return words;
    }

    /// <summary>
    /// Up to <paramref name="count"/> words seen in at least two spike mentions whose rate rose most against the baseline.
    /// </summary>
    public static IReadOnlyList<string> Top(IReadOnlyList<string> spikeTexts, IReadOnlyList<string> baselineTexts, int count = 5, IReadOnlySet<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(spikeTexts);
        ArgumentNullException.ThrowIfNull(baselineTexts);
        var spike = Counts(spikeTexts, exclude);
        var baseline = Counts(baselineTexts, exclude);
        double n = Math.Max(spikeTexts.Count, 1), b = baselineTexts.Count;
        return [.. spike
            .Where(w => w.Value >= 2)
            .Select(w => (Word: w.Key, Count: w.Value, Ratio: Math.Log((w.Value / n) / ((baseline.GetValueOrDefault(w.Key) + 0.5) / (b + 1)))))
            .Where(w => w.Ratio > 0)
            .OrderByDescending(w => w.Count * w.Ratio)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(count)
            .Select(w => w.Word)];
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<string> texts, IReadOnlySet<string>? exclude)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in Words(text, exclude))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        return counts;
    }

    private static readonly char[] Separators =
        [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '{', '}', '«', '»', '…', '/', '|', '*', '+', '=', '<', '>', '~', '’', '“', '”'];
}
