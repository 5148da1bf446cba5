using SocialListening.Core.Spikes;

namespace SocialListening.Core.Tests.Spikes;

public class PoissonTailTests
{
    [Theory]
    [InlineData(0, 3.0, 1)]
    [InlineData(1, 2.0, 0.8646647167633873)]       // 1 − e^-2
    [InlineData(3, 2.0, 0.3233235838169366)]       // 1 − e^-2 (1 + 2 + 2)
    [InlineData(20, 5.0, 3.452135820914455e-7)]
    [InlineData(60, 40.0, 0.0018796285686450537)]
    [InlineData(5, 0.0, 0)]
    public void UpperTail_MatchesThePoissonDistribution(double k, double lambda, double expected) =>
        Assert.Equal(expected, PoissonTail.UpperTail(k, lambda), Math.Max(expected * 1e-6, 1e-12));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 3.1780538303479458)]     // ln 24
    [InlineData(0.5, 0.5723649429247001)]   // ln √π
    public void LogGamma_MatchesKnownValues(double x, double expected) =>
        Assert.Equal(expected, PoissonTail.LogGamma(x), 10);

    [Fact]
    public void UpperTail_DecreasesAsTheCountGrows()
    {
        var tails = Enumerable.Range(0, 30).Select(k => PoissonTail.UpperTail(k, 8)).ToArray();
        Assert.True(tails.Zip(tails.Skip(1)).All(p => p.First >= p.Second));
    }
}
