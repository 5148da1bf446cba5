using SocialListening.Core.Mentions;

namespace SocialListening.Core.Reviews;

/// <summary>
/// Star ratings of a group of reviews: how many of each star, the average, promoters (5 stars) and detractors
/// (1 to 3 stars) in the spirit of NPS, and how often the text's sentiment agrees with the stars (4-5 positive,
/// 3 neutral, 1-2 negative; <see cref="Agreement"/> is null when no review has a sentiment).
/// </summary>
public sealed record ReviewStatistics(string Key, int Reviews, IReadOnlyList<int> Stars, double Average, double Promoters, double Detractors, double? Agreement)
{
    /// <summary>Promoters minus detractors, in points (-100 to 100).</summary>
    public double NetPromoter => Math.Round((Promoters - Detractors) * 100, 1);

    public static ReviewStatistics Compute(string key, IEnumerable<(int Rating, Sentiment? Sentiment)> reviews)
    {
        var stars = new int[5];
        var judged = 0;
        var agreeing = 0;
        foreach (var (rating, sentiment) in reviews)
        {
            if (rating is < 1 or > 5)
            {
                continue;
            }
            stars[rating - 1]++;
            if (sentiment is { } s)
            {
                judged++;
                agreeing += s == Expected(rating) ? 1 : 0;
            }
        }
        var count = stars.Sum();
        if (count == 0)
        {
            return new ReviewStatistics(key, 0, stars, 0, 0, 0, null);
        }
        var average = stars.Select((n, i) => n * (i + 1)).Sum() / (double)count;
        return new ReviewStatistics(
            key,
            count,
            stars,
            Math.Round(average, 2),
            Math.Round(stars[4] / (double)count, 4),
            Math.Round((stars[0] + stars[1] + stars[2]) / (double)count, 4),
            judged == 0 ? null : Math.Round(agreeing / (double)judged, 4));
    }

    /// <summary>The sentiment a review with these stars is expected to have.</summary>
    public static Sentiment Expected(int rating) => rating switch
    {
        >= 4 => Sentiment.Positive,
        3 => Sentiment.Neutral,
        _ => Sentiment.Negative,
    };
}
