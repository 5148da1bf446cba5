using SocialListening.Core.Mentions;
using SocialListening.Core.Reviews;

namespace SocialListening.Core.Tests;

public sealed class ReviewStatisticsTests
{
    [Fact]
    public void Compute_CountsStarsAverageNpsAndAgreement()
    {
        var reviews = new (int, Sentiment?)[]
        {
            (5, Sentiment.Positive), (5, Sentiment.Negative), (4, Sentiment.Positive), (3, Sentiment.Neutral),
            (1, Sentiment.Negative), (2, null), (0, Sentiment.Positive),
        };

        var stats = ReviewStatistics.Compute("mandarine", reviews);

        Assert.Equal(6, stats.Reviews);
        Assert.Equal([1, 1, 1, 1, 2], stats.Stars);
        Assert.Equal(3.33, stats.Average);
        Assert.Equal(0.3333, stats.Promoters);
        Assert.Equal(0.5, stats.Detractors);
        Assert.Equal(-16.7, stats.NetPromoter);
        Assert.Equal(0.8, stats.Agreement);
    }

    [Theory]
    [InlineData(5, Sentiment.Positive)]
    [InlineData(4, Sentiment.Positive)]
    [InlineData(3, Sentiment.Neutral)]
    [InlineData(2, Sentiment.Negative)]
    [InlineData(1, Sentiment.Negative)]
    public void Expected_MapsStarsToSentiment(int rating, Sentiment expected) => Assert.Equal(expected, ReviewStatistics.Expected(rating));

    [Fact]
    public void Breakdown_SplitsByThemeAndMondayWeeks()
    {
        Mention Review(int rating, string day, params string[] themes) => new()
        {
            Id = day + rating, Source = "reviews", Text = "x", Rating = rating, PublishedAt = DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Enrichment = new Enrichment { Themes = themes },
        };
        var reviews = new[] { Review(5, "2026-11-16", "network"), Review(1, "2026-11-22", "network", "price"), Review(4, "2026-11-23", "price"), Review(3, "2026-11-23") };

        var breakdown = ReviewBreakdown.Compute("kalix", reviews);

        Assert.Equal(4, breakdown.Overall.Reviews);
        Assert.Null(breakdown.Overall.Agreement);
        Assert.Equal(["2026-11-16", "2026-11-23"], breakdown.ByWeek.Select(w => w.Key));
        Assert.Equal([2, 2], breakdown.ByWeek.Select(w => w.Reviews));
        Assert.Equal(3.0, breakdown.ByTheme.Single(t => t.Key == "network").Average);
        Assert.Equal(2.5, breakdown.ByTheme.Single(t => t.Key == "price").Average);
    }
}
