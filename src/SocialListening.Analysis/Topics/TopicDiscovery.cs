using SocialListening.Analysis.Phrases;
using SocialListening.Analysis.Text;
using SocialListening.Core.Mentions;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Topics;

/// <summary>
/// Finds the topics of a set of mentions: LDA over their content words (stop words and brand names removed), each
/// mention assigned to its strongest topic, each topic labelled by the phrases most distinctive of its mentions
/// against all of them. A topic is emerging when its second half-period has at least twice the mentions of its
/// first; it is a territory gap when fewer than half of its mentions carry one of <c>territoryThemes</c>.
/// </summary>
public sealed class TopicDiscovery(PhraseExtractor phrases, IEnumerable<string> ignoredWords, int seed = 17)
{
    private readonly HashSet<string> _ignored = ignoredWords.Select(Core.Text.TextFolding.Fold).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<DiscoveredTopic> Discover(IReadOnlyList<TopicDocument> documents, int topics, IReadOnlySet<string> territoryThemes, DateTimeOffset from, DateTimeOffset to)
    {
        var words = documents.Select(d => Words(d.Text)).ToArray();
        var usable = Enumerable.Range(0, documents.Count).Where(i => words[i].Count > 0).ToArray();
        if (usable.Length < topics * 2)
        {
            return [];
        }
        var mixtures = TopicModel.Fit(usable.Select(i => (IReadOnlyList<string>)words[i]).ToArray(), topics, seed);
        var background = new PhraseStatistics(phrases);
        foreach (var i in usable)
        {
            background.Add(documents[i].Text);
        }
        var middle = from + (to - from) / 2;
        var result = new List<DiscoveredTopic>();
        for (var t = 0; t < topics; t++)
        {
            var members = usable.Where((_, k) => ArgMax(mixtures[k]) == t).Select(i => documents[i]).ToArray();
            if (members.Length == 0)
            {
                continue;
            }
            result.Add(Summarise(t, members, usable.Length, background, territoryThemes, middle));
        }
        return result.OrderByDescending(t => t.Mentions).ThenBy(t => t.Id).ToList();
    }

    private DiscoveredTopic Summarise(int id, TopicDocument[] members, int total, PhraseStatistics background, IReadOnlySet<string> territoryThemes, DateTimeOffset middle)
    {
        var statistics = new PhraseStatistics(phrases);
        foreach (var member in members)
        {
            statistics.Add(member.Text);
        }
        var labels = new List<string>();
        foreach (var phrase in statistics.Distinctive(background, 8, Math.Max(2, members.Length / 20)).Select(p => p.Phrase))
        {
            // "panne" says nothing more next to "panne réseau", nor the other way round.
            if (labels.Count < 4 && !labels.Any(l => Overlaps(l, phrase)))
            {
                labels.Add(phrase);
            }
        }
        var first = members.Count(m => m.PublishedAt < middle);
        var second = members.Length - first;
        var trend = Math.Round((second + 1.0) / (first + 1.0), 2);
        var themes = members.SelectMany(m => m.Themes).CountBy(t => t)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => Math.Round(p.Value / (double)members.Length, 3));
        var coverage = Math.Round(members.Count(m => m.Themes.Any(territoryThemes.Contains)) / (double)members.Length, 3);
        var gap = territoryThemes.Count > 0 && coverage < 0.5 && members.Length >= Math.Max(5, total / 50);
        var label = labels.Count == 0 ? $"topic {id + 1}" : string.Join(" · ", labels.Take(3));
        var lang = members.Select(m => m.Lang ?? "und").CountBy(l => l).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        return new DiscoveredTopic(
            id,
            label,
            labels,
            lang,
            members.Length,
            Math.Round(members.Length / (double)total, 4),
            Share(members, SentimentLabel.Positive),
            Share(members, SentimentLabel.Neutral),
            Share(members, SentimentLabel.Negative),
            trend,
            themes,
            coverage,
            Emerging: trend >= 2 && second >= 10,
            TerritoryGap: gap,
            Suggestion: gap ? Suggest(themes, territoryThemes, labels, coverage) : null)
        {
            SuggestedTheme = gap ? OutsideTheme(themes, territoryThemes) : null,
        };
    }

    private static string? Suggest(IReadOnlyDictionary<string, double> themes, IReadOnlySet<string> territoryThemes, List<string> labels, double coverage)
    {
        var outside = OutsideTheme(themes, territoryThemes);
        var share = coverage.ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
        if (outside is not null)
        {
            return $"Add the theme '{outside}' to the territory ({themes[outside].ToString("P0", System.Globalization.CultureInfo.InvariantCulture)} of this topic's mentions; only {share} are on the territory's themes).";
        }
        return labels.Count == 0 ? null
            : $"Add a theme for \"{labels[0]}\" (terms: {string.Join(", ", labels)}): only {share} of this topic's mentions are on the territory's themes.";
    }

    private static string? OutsideTheme(IReadOnlyDictionary<string, double> themes, IReadOnlySet<string> territoryThemes) =>
        themes.Keys.FirstOrDefault(t => !territoryThemes.Contains(t));

    private static double Share(TopicDocument[] members, SentimentLabel sentiment) =>
        Math.Round(members.Count(m => m.Sentiment == sentiment) / (double)members.Length, 3);

    private List<string> Words(string text) =>
        SocialTokenizer.Tokenize(text)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Hashtag && t.Folded.Length >= 3 && !t.Folded.Any(char.IsDigit)
                && !StopWords.Contains(t.Folded) && !_ignored.Contains(t.Folded))
            .Select(t => t.Folded)
            .ToList();

    private static bool Overlaps(string a, string b) =>
        $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal);

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }
        return best;
    }
}
