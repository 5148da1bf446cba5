using SocialListening.Analysis.Text;
using SocialListening.Core.Text;

namespace SocialListening.Analysis.Phrases;

/// <summary>
/// Candidate key phrases of a text in the spirit of RAKE: stop words, punctuation, numbers, URLs, @mentions and
/// emoji end a run of content words, and every run yields its 1- to <paramref name="maxWords"/>-word n-grams.
/// Hashtags are phrases of their own. <paramref name="ignore"/> adds words (brand names) that end runs too.
/// Thread-safe and immutable.
/// </summary>
public sealed class PhraseExtractor(IEnumerable<string>? ignore = null, int maxWords = 3)
{
    private readonly HashSet<string> _ignore = (ignore ?? []).Select(w => TextFolding.Fold(w).Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The distinct candidate phrases of a text, in order of first appearance.</summary>
    public IReadOnlyList<KeyPhrase> Candidates(string text)
    {
        var result = new List<KeyPhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(text))
        {
            for (var length = 1; length <= Math.Min(maxWords, run.Count); length++)
            {
                for (var start = 0; start + length <= run.Count; start++)
                {
                    if (length == 1 && run[start].Folded.Length < 3)
                    {
                        continue;
                    }
                    var key = string.Join(' ', run.Skip(start).Take(length).Select(t => t.Folded));
                    if (seen.Add(key))
                    {
                        result.Add(new KeyPhrase(key, string.Join(' ', run.Skip(start).Take(length).Select(t => t.Text.ToLowerInvariant())), length));
                    }
                }
            }
        }
        foreach (var token in SocialTokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Hashtag && !_ignore.Contains(token.Folded) && seen.Add("#" + token.Folded))
            {
                result.Add(new KeyPhrase("#" + token.Folded, token.Text.ToLowerInvariant(), 1));
            }
        }
        return result;
    }

    /// <summary>The key phrases of one text, best first: RAKE's score (sum over words of degree / frequency).</summary>
    public IReadOnlyList<KeyPhrase> Rank(string text, int top = 5)
    {
        var runs = Runs(text);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            foreach (var token in run)
            {
                frequency[token.Folded] = frequency.GetValueOrDefault(token.Folded) + 1;
                degree[token.Folded] = degree.GetValueOrDefault(token.Folded) + run.Count;
            }
        }
        return runs
            .Where(r => r.Count > 1 || r[0].Folded.Length >= 3)
            .Select(r => new KeyPhrase(string.Join(' ', r.Select(t => t.Folded)), string.Join(' ', r.Select(t => t.Text.ToLowerInvariant())), r.Count))
            .DistinctBy(p => p.Key)
            .OrderByDescending(p => p.Key.Split(' ').Sum(w => (double)degree[w] / frequency[w]))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    private List<List<Token>> Runs(string text)
    {
        var runs = new List<List<Token>>();
        var current = new List<Token>();
        foreach (var token in SocialTokenizer.Tokenize(text))
        {
            var content = token.Kind == TokenKind.Word && !StopWords.Contains(token.Folded) && !_ignore.Contains(token.Folded)
                && !token.Folded.Any(char.IsDigit);
            // Elided articles ("l'appli") are dropped by the tokenizer; an elided negation or pronoun still belongs to the run.
            if (content)
            {
                current.Add(token);
                continue;
            }
            if (current.Count > 0)
            {
                runs.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
        {
            runs.Add(current);
        }
        return runs;
    }
}
