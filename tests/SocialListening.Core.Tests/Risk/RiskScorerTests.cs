using SocialListening.Core.Risk;

namespace SocialListening.Core.Tests.Risk;

public sealed class RiskScorerTests
{
    private static RiskInputs Inputs(double? complaint = null, double? sentiment = null, long? followers = null, long likes = 0, long shares = 0,
        double? predicted = null, double? viral = null, params string[] escalations) =>
        new(complaint, sentiment, followers, likes, shares, 0, predicted, viral, escalations);

    [Theory]
    // complaint, sentiment, followers, likes, shares, predicted, P(viral), escalations, min, max
    [InlineData(null, null, null, 0L, 0L, null, null, "", 0.0, 0.0)]                       // nothing known: no risk
    [InlineData(0.02, 0.9, 2_000_000L, 50_000L, 20_000L, 80_000.0, 0.99, "", 0.0, 0.03)]     // praised viral post: harm gates exposure
    [InlineData(0.9, -0.7, 80L, 1L, 0L, null, null, "", 0.20, 0.35)]                        // small unseen complaint
    [InlineData(0.95, -0.9, 300_000L, 2_000L, 800L, 9_000.0, 0.8, "press", 0.80, 1.0)]      // viral complaint, large account, press
    public void Score_table(double? complaint, double? sentiment, long? followers, long likes, long shares, double? predicted, double? viral,
        string escalations, double min, double max)
    {
        var result = RiskScorer.Score(Inputs(complaint, sentiment, followers, likes, shares, predicted, viral,
            escalations.Split(',', StringSplitOptions.RemoveEmptyEntries)));

        Assert.InRange(result.Risk, min, max);
    }

    [Fact]
    public void Each_component_raises_the_risk_of_a_complaint()
    {
        var baseline = RiskScorer.Score(Inputs(0.8, -0.5, 500)).Risk;

        Assert.True(RiskScorer.Score(Inputs(0.8, -0.5, 500_000)).Risk > baseline, "reach");
        Assert.True(RiskScorer.Score(Inputs(0.8, -0.5, 500, likes: 3_000, shares: 900)).Risk > baseline, "engagement");
        Assert.True(RiskScorer.Score(Inputs(0.8, -0.5, 500, predicted: 6_000, viral: 0.7)).Risk > baseline, "virality");
        Assert.True(RiskScorer.Score(Inputs(0.8, -0.5, 500, escalations: "lawyer")).Risk > baseline, "escalation");
        Assert.True(RiskScorer.Score(Inputs(0.8, -0.9, 500)).Risk > baseline, "negativity");
        Assert.True(RiskScorer.Score(Inputs(0.99, -0.5, 500)).Risk > baseline, "complaint");
    }

    [Fact]
    public void Reasons_are_short_human_strings_strongest_first()
    {
        var result = RiskScorer.Score(Inputs(0.91, -0.8, 120_000, likes: 900, shares: 400, predicted: 8_400, viral: 0.6, "press", "boycott"));

        Assert.Equal("complaint (p=0.91)", result.Reasons[0]);
        Assert.Contains("author reach 120k followers", result.Reasons);
        Assert.Contains("escalation: press", result.Reasons);
        Assert.Contains("escalation: boycott", result.Reasons);
        Assert.Contains("predicted 8,400 shares", result.Reasons);
        Assert.Contains("negative sentiment (-0.80)", result.Reasons);
        Assert.Contains("engagement 900 likes, 400 shares", result.Reasons);
    }

    [Fact]
    public void Weak_components_give_no_reason()
    {
        var result = RiskScorer.Score(Inputs(0.3, 0.1, 40, likes: 2));

        Assert.Empty(result.Reasons);
    }

    [Theory]
    [InlineData(950L, "950")]
    [InlineData(1_500L, "1.5k")]
    [InlineData(120_400L, "120k")]
    [InlineData(2_340_000L, "2.3M")]
    public void Compact_counts(long n, string expected) => Assert.Equal(expected, RiskScorer.Compact(n));
}
