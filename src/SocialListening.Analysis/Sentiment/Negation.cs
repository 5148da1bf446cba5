namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// The words that open a negation scope in French and English, and the tokens that close it. "n'" arrives as the
/// elision of the next word, English contractions ("don't", "isn't") as whole words ending in n't.
/// </summary>
public static class Negation
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "ne", "pas", "jamais", "rien", "aucun", "aucune", "ni", "sans",
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without",
        "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wont", "wouldnt",
        "shouldnt", "aint", "havent", "hasnt", "hadnt",
    };

    private static readonly HashSet<string> ScopeBreakers = new(StringComparer.Ordinal) { "mais", "but", "however", "cependant", "pourtant" };

    /// <summary>True for a folded word that negates what follows.</summary>
    public static bool IsNegator(string folded) =>
        Negators.Contains(folded) || (folded.Length > 3 && folded.EndsWith("n't", StringComparison.Ordinal));

    /// <summary>True for a folded word after which a negation no longer applies ("mais", "but").</summary>
    public static bool BreaksScope(string folded) => ScopeBreakers.Contains(folded);

    /// <summary>True for punctuation that ends a negation scope.</summary>
    public static bool EndsScope(string punctuation) =>
        punctuation.Length == 1 && punctuation[0] is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '…' or '"' or '«' or '»';
}
