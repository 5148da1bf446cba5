using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

public class NaiveBaselineTests
{
    private static Cascade Build(string id, int final, params double[] shareTimes) =>
        new(id, final, 0, [new(0, 10), .. shareTimes.Select(t => new CascadeEvent(t, 10))]);

    [Fact]
    public void FitRatio_IsTheMedianFinalOverObservedRatio_SkippingCascadesWithoutShares()
    {
        var training = new[]
        {
            Build("a", 10, 10, 20, 5000),       // 2 shares by 1h: ratio 5
            Build("b", 6, 10, 20, 30, 4000),    // 3 shares: ratio 2
            Build("c", 9, 100, 7200),           // 1 share: ratio 9
            Build("d", 4, 7200),                // none by 1h: skipped
        };

        Assert.Equal(5, NaiveBaseline.FitRatio(training, 3600));
    }

    [Fact]
    public void Predict_MultipliesTheSharesSeenByTheRatio() =>
        Assert.Equal(7.5, NaiveBaseline.Predict(Build("a", 10, 10, 20, 30, 5000), 3600, 2.5));
}
