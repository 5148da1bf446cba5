using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Sentiment;

/// <summary>The sentiment of a text with the probability of each class; <see cref="Score"/> is P(pos) - P(neg).</summary>
public sealed record SentimentPrediction(SentimentLabel Label, float Negative, float Neutral, float Positive, string Language)
{
    public double Score => Positive - Negative;

    public float Probability(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => Negative,
        SentimentLabel.Neutral => Neutral,
        _ => Positive,
    };

    internal static SentimentPrediction From(ReadOnlySpan<float> p, string language)
    {
        var best = 0;
        for (var c = 1; c < 3; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }
        return new SentimentPrediction((SentimentLabel)best, p[0], p[1], p[2], language);
    }
}
