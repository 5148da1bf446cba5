using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Phrases (folded words, one or more) that map to a shared cue token such as "cue_wait". The same token for the
/// French and English phrasing lets a model trained mostly on English weigh a French cue it has rarely seen.
/// A phrase ending in '*' matches any word starting with it.
/// </summary>
public sealed class CueLexicon
{
    private readonly PhraseIndex<string> _phrases = new();

    public CueLexicon Add(string cue, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            _phrases.Add(phrase, "cue_" + cue);
        }
        return this;
    }

    /// <summary>The phrases as added, with their cue tokens.</summary>
    internal IReadOnlyList<(string Phrase, string Cue)> Phrases => _phrases.Phrases;

    /// <summary>The cues of the phrases found, by position then in the order the phrases were added.</summary>
    public IEnumerable<string> Match(IReadOnlyList<string> words)
    {
        var found = new List<string>();
        _phrases.FindAll(words, found);
        return found;
    }
}
