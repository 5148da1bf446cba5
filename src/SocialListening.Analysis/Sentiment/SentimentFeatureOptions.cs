namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Which features the sentiment featuriser emits. Stored in the model file so that scoring featurises exactly as
/// training did; each switch is one row of the ablation in models/sentiment.md.
/// </summary>
public sealed record SentimentFeatureOptions
{
    /// <summary>Words (folded, with placeholders for @mentions, links and numbers).</summary>
    public bool Words { get; init; } = true;
    /// <summary>Pairs of adjacent words.</summary>
    public bool WordBigrams { get; init; } = true;
    /// <summary>Character n-grams inside word boundaries, from <see cref="CharMin"/> to <see cref="CharMax"/>; 0 disables.</summary>
    public int CharMin { get; init; } = 3;
    public int CharMax { get; init; } = 5;
    /// <summary>Prefix NEG_ on the words that follow a negation (ne, n', pas, jamais, not, never, ...) up to punctuation.</summary>
    public bool Negation { get; init; } = true;
    /// <summary>Split French elisions off their word (l'appli -> appli) rather than keep the whole form.</summary>
    public bool SplitElision { get; init; } = true;
    /// <summary>Emoji and emoticons as tokens plus a positive/negative marker from a small lexicon.</summary>
    public bool Emoji { get; init; } = true;
    /// <summary>Split camel-case hashtags into words (#TresDecu -> tres decu) besides the whole tag.</summary>
    public bool HashtagSplit { get; init; } = true;
    /// <summary>Shorten letters repeated three times or more to two (nuuuul -> nuul) and add an ELONG marker.</summary>
    public bool Elongation { get; init; } = true;
    /// <summary>A CAPS marker for each word written in capitals.</summary>
    public bool Caps { get; init; } = true;
    /// <summary>LEX_POS / LEX_NEG markers for words of the hand-written <see cref="SentimentLexicon"/> (LEX_POS_NEGATED,
    /// LEX_NEG_NEGATED inside a negation scope: "pas mal" is praise).</summary>
    public bool Lexicon { get; init; } = true;
    /// <summary>Scale each kind of feature (words, pairs, character n-grams, hashtags, markers) to unit length on its
    /// own rather than the whole vector at once.</summary>
    public bool NormalizeByKind { get; init; } = true;
    /// <summary>Log2 of the number of hashed feature buckets.</summary>
    public int HashBits { get; init; } = 18;
}
