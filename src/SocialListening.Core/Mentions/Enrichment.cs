namespace SocialListening.Core.Mentions;

/// <summary>What the analysis stages add to a mention. Fields stay null until the stage that fills them has run.</summary>
public sealed record Enrichment
{
    public static readonly Enrichment Empty = new();

    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public Sentiment? Sentiment { get; init; }
    /// <summary>Sentiment as a number in [-1, 1] (positive minus negative probability).</summary>
    public double? SentimentScore { get; init; }
    public bool? Complaint { get; init; }
    public double? ComplaintProbability { get; init; }
    public JourneyStage? Stage { get; init; }
    /// <summary>Risk in [0, 1] that a complaint goes viral.</summary>
    public double? Risk { get; init; }
    public IReadOnlyList<string> RiskReasons { get; init; } = [];
    /// <summary>Sentiment per theme, from the clauses around each theme's terms (aspect sentiment).</summary>
    public IReadOnlyDictionary<string, Sentiment> ThemeSentiments { get; init; } = new Dictionary<string, Sentiment>();
    /// <summary>Key of the first mention of the near-duplicate group (story) this mention belongs to.</summary>
    public string? StoryId { get; init; }
    /// <summary>True for a near-copy of an earlier mention of the same story: counted once in share of voice.</summary>
    public bool? Duplicate { get; init; }
    /// <summary>True for a post of a burst of near-identical posts from low-reach accounts.</summary>
    public bool? Spam { get; init; }
}
