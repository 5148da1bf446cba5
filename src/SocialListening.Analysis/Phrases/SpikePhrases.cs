using SocialListening.Core.Spikes;

namespace SocialListening.Analysis.Phrases;

/// <summary>
/// Explains a spike by its key phrases (<see cref="PhraseExtractor"/>) whose share of mentions grew most against the
/// baseline's (<see cref="PhraseStatistics.Growing"/>). A growing word is shown inside the strongest growing longer
/// phrase that holds it: "panne réseau" says what "panne" and "réseau" apart do not, while the single words, being in
/// more mentions, always rank first. <paramref name="ignoredWords"/> (brand names) are never part of a phrase.
/// Thread-safe: each call counts into its own statistics.
/// </summary>
public sealed class SpikePhrases(IEnumerable<string> ignoredWords) : ISpikePhrases
{
    private readonly string[] _ignored = [.. ignoredWords];

    public IReadOnlyList<string> Growing(IReadOnlyList<string> spikeTexts, IReadOnlyList<string> baselineTexts, int count, IReadOnlyCollection<string> exclude)
    {
        ArgumentNullException.ThrowIfNull(spikeTexts);
        ArgumentNullException.ThrowIfNull(baselineTexts);
        var extractor = new PhraseExtractor(_ignored.Concat(exclude ?? []));
        var spike = Count(extractor, spikeTexts);
        var baseline = Count(extractor, baselineTexts);
        // A spike hour holds tens of mentions, not hundreds: a phrase in three of them is already a lead.
        var ranked = spike.Growing(baseline, count * 4, minMentions: Math.Clamp(spikeTexts.Count / 20, 2, 3)).Select(p => p.Phrase).ToList();
        var shown = new List<string>();
        foreach (var phrase in ranked)
        {
            if (shown.Count == count)
            {
                break;
            }
            var best = phrase.Contains(' ', StringComparison.Ordinal) ? phrase : ranked.FirstOrDefault(p => Holds(p, phrase)) ?? phrase;
            // Said already, inside a phrase shown or around one.
            if (shown.Any(s => s == best || Holds(s, best) || Holds(best, s)))
            {
                continue;
            }
            shown.Add(best);
        }
        return shown;
    }

    private static bool Holds(string longer, string shorter) =>
        longer != shorter && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);

    private static PhraseStatistics Count(PhraseExtractor extractor, IReadOnlyList<string> texts)
    {
        var statistics = new PhraseStatistics(extractor);
        foreach (var text in texts)
        {
            statistics.Add(text);
        }
        return statistics;
    }
}
