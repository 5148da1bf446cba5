using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Insights;

/// <summary>Sentiment per theme of a brand's mentions, counted by the index.</summary>
public static class ThemeSentiments
{
    public static async Task<SentimentByTheme> ComputeAsync(IMentionIndex index, Brand brand, MentionFilter filter, CancellationToken ct)
    {
        var scoped = filter.WithTerm(MentionFields.Brand, brand.Id);
        var overall = await index.AggregateAsync(new AggregationRequest(scoped, MentionFields.Sentiment), ct).ConfigureAwait(false);
        var perTheme = await index.AggregateAsync(new AggregationRequest(scoped, MentionFields.Theme) { ThenBy = MentionFields.Sentiment, Size = 1000 }, ct).ConfigureAwait(false);
        var themes = perTheme.Buckets.Select(theme =>
        {
            long Count(Sentiment s) => theme.Children.FirstOrDefault(c => c.Key == s.Name())?.Count ?? 0;
            var negative = Count(Sentiment.Negative);
            var neutral = Count(Sentiment.Neutral);
            var positive = Count(Sentiment.Positive);
            return new ThemeSentiment(theme.Key, theme.Count, negative, neutral, positive, theme.Count - negative - neutral - positive);
        }).ToArray();
        return new SentimentByTheme(brand.Id, overall.Total, overall.Buckets.Sum(b => b.Count), themes);
    }
}
