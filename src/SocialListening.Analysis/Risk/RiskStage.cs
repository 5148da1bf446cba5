using SocialListening.Analysis.Complaints;
using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;
using SocialListening.Core.Risk;
using SocialListening.Core.Virality;

namespace SocialListening.Analysis.Risk;

/// <summary>
/// Fills <see cref="Enrichment.Risk"/> and <see cref="Enrichment.RiskReasons"/> (thread-safe: pure functions and a
/// read-only model). Runs after the sentiment and complaint stages, whose scores it reads. The virality forecast uses
/// the mention's shares at its age: the crawl time when known, else now, capped at the 7 days the model was fitted on.
/// Who shared is not in the record, so the sharers' audience is taken as none (a conservative forecast).
/// </summary>
public sealed class RiskStage(ViralityPredictor? virality, TimeProvider time) : IEnrichmentStage
{
    private static readonly TimeSpan LongestAge = TimeSpan.FromDays(7);

    public void Enrich(Mention[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Length; i++)
        {
            var m = batch[i];
            var forecast = Forecast(m);
            var assessment = RiskScorer.Score(new RiskInputs(
                m.Enrichment.ComplaintProbability,
                m.Enrichment.SentimentScore,
                m.AuthorFollowers,
                m.Likes,
                m.Shares,
                m.Replies,
                forecast?.PredictedShares,
                forecast?.Score,
                EscalationDetector.Detect(MentionText.Of(m))));
            batch[i] = m with { Enrichment = m.Enrichment with { Risk = assessment.Risk, RiskReasons = assessment.Reasons } };
        }
    }

    private ViralityForecast? Forecast(Mention m)
    {
        if (virality is null)
        {
            return null;
        }
        var seen = m.CollectedAt ?? time.GetUtcNow();
        if (seen - m.PublishedAt > LongestAge)
        {
            seen = m.PublishedAt + LongestAge;
        }
        if (seen <= m.PublishedAt)
        {
            return null;
        }
        var history = new EngagementHistory(m.PublishedAt, m.AuthorFollowers ?? 0, [new EngagementObservation(seen, (int)Math.Min(m.Shares, int.MaxValue), 0)]);
        var forecast = virality.Forecast(history);
        return double.IsFinite(forecast.PredictedShares) && double.IsFinite(forecast.Score) ? forecast : null;
    }
}
