using System.Text;
using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Turns a French or English post into the space-separated string the classifiers featurise: folded words, @user and
/// url placeholders, emoji kept, numbers as "0", hashtags as their words, "?" and "!" kept, and negation scope marked
/// (the three words after "not", "never", "ne", "n'", "pas", "jamais"... are repeated with a "neg_" prefix), so that
/// "not working" and "marche pas" differ from "working" and "marche". Optional cue lexicon tokens (e.g. "cue_wait")
/// are appended so that cues learnt in one language carry to the other. Surrogates come out moved into the private
/// use area (see <see cref="MoveSurrogates"/>).
/// </summary>
public static class ClassifierText
{
    private const int NegationScope = 3;

    /// <summary>The form models are trained on now: surrogates moved into the private use area.</summary>
    public const int CurrentForm = 2;

    /// <summary>The form of models trained before the move (their settings carry no form): surrogates kept.</summary>
    public const int SurrogatesKeptForm = 1;

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "cannot", "cant", "nothing", "nobody", "nor", "without", "dont", "doesnt", "didnt", "isnt",
        "wasnt", "wont", "havent", "hasnt", "aint", "ne", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni", "plus",
    };

    // Colloquial French drops "ne" and negates after the verb ("ça marche pas"): mark the word before these too.
    private static readonly HashSet<string> PostVerbNegators = new(StringComparer.Ordinal) { "pas", "plus", "jamais", "rien" };

    private static readonly HashSet<string> ScopeBreakers = new(StringComparer.Ordinal) { ".", "!", "?", ",", ";", ":", "but", "mais" };

    public static string Normalise(string text, CueLexicon? cues = null, int textForm = CurrentForm)
    {
        var output = Build(text, out var words);
        if (cues is not null)
        {
            AppendCues(output, cues, words);
        }
        if (textForm >= CurrentForm)
        {
            MoveSurrogates(output);
        }
        return output.ToString();
    }

    /// <summary>
    /// The text without cues and, from the same tokenisation, with them: the two forms <see cref="Normalise"/> gives,
    /// the second being the first, or it followed by a space and the cue tokens (the two models read them that way).
    /// </summary>
    internal static (string Plain, string WithCues) NormaliseBoth(string text, CueLexicon cues, int textForm = CurrentForm)
    {
        var output = Build(text, out var words);
        if (textForm >= CurrentForm)
        {
            MoveSurrogates(output);
        }
        var plain = output.ToString();
        var length = output.Length;
        AppendCues(output, cues, words);
        if (output.Length == length)
        {
            return (plain, plain);
        }
        if (textForm >= CurrentForm)
        {
            MoveSurrogates(output, length);
        }
        return (plain, output.ToString());
    }

    private static void AppendCues(StringBuilder output, CueLexicon cues, List<string> words)
    {
        foreach (var cue in cues.Match(words))
        {
            Append(output, cue);
        }
    }

    private static StringBuilder Build(string text, out List<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        words = new List<string>(tokens.Count);
        var output = new StringBuilder(text.Length + 16);
        var negationLeft = 0;
        string? previousPlainWord = null;
        foreach (var token in tokens)
        {
            var form = token.Kind switch
            {
                TokenKind.Url => "url",
                TokenKind.Mention => "@user",
                TokenKind.Number => "0",
                TokenKind.Emoji => token.Text,
                TokenKind.Hashtag => token.Folded.Replace('_', ' '),
                TokenKind.Punctuation => token.Text is "?" or "!" ? token.Text : token.Text is "." or "," or ";" or ":" ? token.Text : null,
                _ => token.Folded,
            };
            if (form is null)
            {
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && ScopeBreakers.Contains(form))
            {
                negationLeft = 0;
                if (form is "." or "," or ";" or ":")
                {
                    continue;
                }
            }
            var negates = token.Kind == TokenKind.Word && (Negators.Contains(form) || form.EndsWith("n't", StringComparison.Ordinal) || token.Elided == "n");
            if (token.Kind == TokenKind.Word && ScopeBreakers.Contains(form))
            {
                negationLeft = 0;
            }
            Append(output, form);
            words.Add(form);
            if (negates && previousPlainWord is not null && PostVerbNegators.Contains(form))
            {
                Append(output, "neg_" + previousPlainWord);
            }
            previousPlainWord = null;
            if (negationLeft > 0 && !negates && token.Kind == TokenKind.Word)
            {
                Append(output, "neg_" + form);
                negationLeft--;
            }
            else if (!negates && token.Kind == TokenKind.Word)
            {
                previousPlainWord = form;
            }
            if (negates)
            {
                negationLeft = NegationScope;
            }
        }
        return output;
    }

    // ML.NET names a character n-gram's slot after its characters but spells every surrogate the same way, so a model
    // trained on emoji as surrogate pairs cannot be read back from its slot names (LinearTextScorer needs them). The
    // surrogates are moved, one to one, into the private use area instead: the n-grams keep their shape and become
    // nameable. A private-use character of that range in the input (U+E000-U+E7FF, next to never) merges with them.
    private static void MoveSurrogates(StringBuilder output, int from = 0)
    {
        for (var i = from; i < output.Length; i++)
        {
            if (char.IsSurrogate(output[i]))
            {
                output[i] = (char)(output[i] - 0xD800 + 0xE000);
            }
        }
    }

    private static void Append(StringBuilder output, string form)
    {
        if (output.Length > 0)
        {
            output.Append(' ');
        }
        output.Append(form);
    }
}
