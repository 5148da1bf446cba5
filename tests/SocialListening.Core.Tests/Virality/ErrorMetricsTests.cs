using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

public class ErrorMetricsTests
{
    [Theory]
    [InlineData(110, 100, 0.1)]
    [InlineData(50, 100, 0.5)]
    [InlineData(300, 100, 2)]
    public void AbsolutePercentageError_IsRelativeToTheActualSize(double predicted, double actual, double expected) =>
        Assert.Equal(expected, ErrorMetrics.AbsolutePercentageError(predicted, actual), 12);

    [Fact]
    public void AbsolutePercentageError_OfAZeroActual_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorMetrics.AbsolutePercentageError(1, 0));

    [Fact]
    public void MedianApe_OfAnEvenCount_AveragesTheMiddleTwo() =>
        Assert.Equal(0.3, ErrorMetrics.MedianApe([(110, 100), (80, 100), (140, 100), (1000, 100)]), 12);

    [Fact]
    public void Median_OfAnOddCount_IsTheMiddleValue() => Assert.Equal(3, ErrorMetrics.Median([9, 1, 3]));
}
