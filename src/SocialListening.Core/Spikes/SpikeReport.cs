namespace SocialListening.Core.Spikes;

/// <summary>A spike hour with its explanation: the dominant sentiment of that hour, the key phrases and the words that rose most.</summary>
public sealed record SpikeHour(DateTimeOffset Hour, long Observed, double Expected, double Score, double PValue)
{
    /// <summary>The most frequent sentiment among the hour's scored mentions (null when none is scored).</summary>
    public string? Sentiment { get; init; }

    /// <summary>Share of the hour's scored mentions that have <see cref="Sentiment"/>.</summary>
    public double? SentimentShare { get; init; }

    /// <summary>Words much more frequent in the hour than in the baseline, strongest first.</summary>
    public IReadOnlyList<string> TopTerms { get; init; } = [];

    /// <summary>Key phrases of the hour's mentions that grew most against the baseline (see <see cref="ISpikePhrases"/>), strongest first.</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
}

/// <summary>One series (a brand, or a theme) over the scanned window: its hourly counts and spike hours.</summary>
public sealed record BrandSpikes(string Brand, DateTimeOffset FirstHour, IReadOnlyList<long> Counts, IReadOnlyList<SpikeHour> Spikes)
{
    /// <summary>The field the series is split on: brand or theme.</summary>
    public string Field { get; init; } = "brand";
}

public sealed record SpikeReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BrandSpikes> Brands);
