namespace SocialListening.Analysis.Phrases;

/// <summary>Key phrases of a set of texts: counts of the mentions each candidate appears in, with phrases that a
/// longer phrase almost always covers folded into it, and the phrases that grew against a previous period.</summary>
public sealed class PhraseStatistics
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _surfaces = new(StringComparer.Ordinal);
    private readonly PhraseExtractor _extractor;

    public PhraseStatistics(PhraseExtractor extractor) => _extractor = extractor;

    public int Documents { get; private set; }

    public void Add(string text)
    {
        Documents++;
        foreach (var phrase in _extractor.Candidates(text))
        {
            _counts[phrase.Key] = _counts.GetValueOrDefault(phrase.Key) + 1;
            var surfaces = _surfaces.TryGetValue(phrase.Key, out var s) ? s : _surfaces[phrase.Key] = new Dictionary<string, int>(StringComparer.Ordinal);
            surfaces[phrase.Text] = surfaces.GetValueOrDefault(phrase.Text) + 1;
        }
    }

    public int Count(string key) => _counts.GetValueOrDefault(key);

    /// <summary>The top phrases by mentions (longer phrases weigh more), at least <paramref name="minMentions"/> each.</summary>
    public IReadOnlyList<PhraseCount> Top(int top, int minMentions = 2) =>
        Kept(minMentions)
            .OrderByDescending(k => _counts[k] * Weight(k)).ThenBy(k => k, StringComparer.Ordinal)
            .Take(top)
            .Select(k => new PhraseCount(Surface(k), _counts[k]))
            .ToList();

    /// <summary>The phrases whose share of mentions grew most against <paramref name="previous"/>, by excess mentions.</summary>
    public IReadOnlyList<PhraseCount> Growing(PhraseStatistics previous, int top, int minMentions = 3)
    {
        var scale = Documents / (double)Math.Max(1, previous.Documents);
        return Kept(minMentions)
            .Select(k =>
            {
                var before = previous.Count(k);
                var expected = before * scale;
                var growth = (_counts[k] + 1.0) / (expected + 1.0);
                return new PhraseCount(Surface(k), _counts[k], before, Math.Round(growth, 2), Math.Round((_counts[k] - expected) * Weight(k), 1));
            })
            .Where(p => p.Growth >= 2)
            .OrderByDescending(p => p.Excess).ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    /// <summary>The phrases most typical of these texts against <paramref name="background"/> (which includes them):
    /// mentions times the log of how much more frequent the phrase is here.</summary>
    public IReadOnlyList<PhraseCount> Distinctive(PhraseStatistics background, int top, int minMentions = 2) =>
        Kept(minMentions)
            .Select(k =>
            {
                var lift = (_counts[k] / (double)Documents) / ((background.Count(k) + 1.0) / Math.Max(1, background.Documents));
                return (Key: k, Score: _counts[k] * Weight(k) * Math.Log(Math.Max(lift, 1)), Lift: lift);
            })
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(p => new PhraseCount(Surface(p.Key), _counts[p.Key], background.Count(p.Key), Math.Round(p.Lift, 2)))
            .ToList();

    private IEnumerable<string> Kept(int minMentions)
    {
        var frequent = _counts.Where(p => p.Value >= minMentions).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // A phrase is dropped when a longer frequent phrase containing it covers most of its mentions:
        // "panne" adds nothing next to "panne réseau" when nearly every "panne" is a "panne réseau".
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var longer in frequent.Where(k => k.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (var part in Parts(longer))
            {
                if (frequent.Contains(part) && _counts[longer] >= 0.7 * _counts[part])
                {
                    covered.Add(part);
                }
            }
        }
        return frequent.Where(k => !covered.Contains(k));
    }

    private static IEnumerable<string> Parts(string phrase)
    {
        var words = phrase.Split(' ');
        for (var length = 1; length < words.Length; length++)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                yield return string.Join(' ', words, start, length);
            }
        }
    }

    private static double Weight(string key) => 1 + 0.5 * (key.Count(c => c == ' '));

    private string Surface(string key) =>
        _surfaces[key].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
