using SocialListening.Cli.Virality;

namespace SocialListening.Cli.Tests.Virality;

public class DurationsTests
{
    [Theory]
    [InlineData("1h", 3600)]
    [InlineData("6h", 21600)]
    [InlineData("30m", 1800)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("90", 90)]
    [InlineData(" 2H ", 7200)]
    public void ParseSeconds_ReadsAgesWithUnits(string text, double seconds) =>
        Assert.Equal(seconds, Durations.ParseSeconds(text));

    [Theory]
    [InlineData("")]
    [InlineData("1x")]
    [InlineData("-1h")]
    [InlineData("h")]
    [InlineData("1,5h")]
    public void ParseSeconds_RejectsOtherText(string text) =>
        Assert.Throws<FormatException>(() => Durations.ParseSeconds(text));

    [Theory]
    [InlineData(3600, "1h")]
    [InlineData(1800, "30m")]
    [InlineData(45, "45s")]
    public void Format_UsesTheLargestWholeUnit(double seconds, string text) => Assert.Equal(text, Durations.Format(seconds));
}
