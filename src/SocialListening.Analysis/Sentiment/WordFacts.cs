namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// What the featuriser derives from a folded word alone, whatever its neighbours: whether it is the bare "http" of
/// the data sets, whether it has repeats to shorten, its role in negation, its lexicon polarity, the bucket of its
/// word feature (without NEG_: negated words are the fewer and are hashed where used), the hash state of a word pair
/// it starts (<see cref="FeatureHashing.PairStart"/>) and the key of its character n-grams in a scoring sink's memory. Remembered per word by sinks that implement <see cref="IWordFactsCache"/>,
/// so a frequent word costs one lookup instead of a lexicon walk, two set lookups and three hashes.
/// </summary>
/// <remarks>No reference inside: tables of facts start with every sink and grow past the large-object threshold,
/// where an array the collector must scan costs far more than one it can skip. So the form is not kept: it is the
/// folded word itself unless <see cref="Elongated"/>, and only those are shortened again.</remarks>
internal readonly record struct WordFacts(
    bool IsUrl, bool Elongated, bool Negator, bool Breaker, sbyte Polarity, int WordBucket, uint PairStart, ulong GramKey);
