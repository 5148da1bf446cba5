namespace SocialListening.Analysis.Sentiment;

/// <summary>How a sentiment model was made, stored with it: the trainer, the seed, the data and the validation
/// macro-F1 per language.</summary>
public sealed record SentimentModelInfo
{
    public string Trainer { get; init; } = "";
    public int Seed { get; init; }
    public string Data { get; init; } = "";
    public IReadOnlyDictionary<string, double> ValidationMacroF1 { get; init; } = new Dictionary<string, double>();
}
