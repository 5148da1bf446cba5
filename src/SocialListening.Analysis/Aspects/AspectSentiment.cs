using SocialListening.Analysis.Matching;
using SocialListening.Analysis.Sentiment;
using SocialListening.Core.Brands;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Aspects;

/// <summary>
/// Sentiment per theme of a text that touches several themes ("super réseau, mais service client nul"): the text
/// is split into clauses; a clause without a theme term belongs to the theme clause before it (or after it, at the
/// start of the text) unless it opens with a contrast; each theme's clauses are scored by the sentiment model.
/// Immutable and thread-safe.
/// </summary>
public sealed class AspectSentiment(BrandCatalog catalog, SentimentModel model)
{
    private readonly string[] _themeIds = [.. catalog.Themes.Select(t => t.Id)];

    // Theme t's terms are group 2t of the index, its exclusions group 2t+1.
    private readonly TermIndex _index = new([.. catalog.Themes.SelectMany(t => new[] { Patterns(t.TermsFr.Concat(t.TermsEn)), Patterns(t.Exclude) })]);

    /// <summary>The theme contexts of a text: for each theme found in it, the text of the clauses about it.</summary>
    public IReadOnlyDictionary<string, string> Contexts(string text)
    {
        var clauses = ClauseSplitter.Split(text);
        var groups = new List<(HashSet<string> Themes, List<Clause> Clauses)>();
        foreach (var clause in clauses)
        {
            var themes = ThemesOf(clause.Words);
            var current = groups.Count > 0 ? groups[^1] : default;
            if (themes.Count > 0)
            {
                if (current.Clauses is not null && current.Themes.Count == 0 && !clause.Contrast)
                {
                    current.Themes.UnionWith(themes);
                    current.Clauses.Add(clause);
                }
                else
                {
                    groups.Add((themes, [clause]));
                }
            }
            else if (current.Clauses is not null && !clause.Contrast)
            {
                current.Clauses.Add(clause);
            }
            else
            {
                groups.Add(([], [clause]));
            }
        }
        var contexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (themes, group) in groups)
        {
            var part = string.Join(", ", group.Select(c => text[c.Start..c.End]));
            foreach (var theme in themes)
            {
                contexts[theme] = contexts.TryGetValue(theme, out var before) ? before + ". " + part : part;
            }
        }
        return contexts;
    }

    /// <summary>The sentiment of each theme the text talks about.</summary>
    public IReadOnlyDictionary<string, SentimentLabel> Score(string text, string? language)
    {
        var contexts = Contexts(text);
        var scores = new Dictionary<string, SentimentLabel>(contexts.Count, StringComparer.Ordinal);
        // Themes found in the same clauses share one context: the model (deterministic, and blind to what it scored
        // before) scores each distinct context once.
        var labels = new Dictionary<string, SentimentLabel>(contexts.Count, StringComparer.Ordinal);
        foreach (var (theme, context) in contexts)
        {
            if (!labels.TryGetValue(context, out var label))
            {
                labels[context] = label = model.Predict(context, language).Label;
            }
            scores[theme] = label;
        }
        return scores;
    }

    private HashSet<string> ThemesOf(IReadOnlyList<string> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Span<bool> groups = _index.GroupCount <= 256 ? stackalloc bool[_index.GroupCount] : new bool[_index.GroupCount];
        _index.Find(words, groups);
        for (var t = 0; t < _themeIds.Length; t++)
        {
            if (groups[2 * t] && !groups[2 * t + 1])
            {
                found.Add(_themeIds[t]);
            }
        }
        return found;
    }

    private static TermPattern[] Patterns(IEnumerable<string> terms) => terms.Select(TermPattern.Parse).OfType<TermPattern>().ToArray();
}
