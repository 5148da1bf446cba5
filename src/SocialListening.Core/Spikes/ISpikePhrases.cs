namespace SocialListening.Core.Spikes;

/// <summary>
/// The key phrases that explain a spike: those of the spike hour's mentions that grew most against the baseline
/// window's. A port, so that Core's spike scanner can use the key-phrase extractor of the analysis layer.
/// </summary>
public interface ISpikePhrases
{
    /// <summary>Up to <paramref name="count"/> phrases, strongest growth first (an empty list when nothing grew);
    /// <paramref name="exclude"/> holds words that are no explanation (the brand whose mentions spiked).</summary>
    IReadOnlyList<string> Growing(IReadOnlyList<string> spikeTexts, IReadOnlyList<string> baselineTexts, int count, IReadOnlyCollection<string> exclude);
}
