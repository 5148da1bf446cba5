using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

public class CascadeReaderTests
{
    [Fact]
    public void Read_TiDeHFile_GivesTheTotalStartAndEvents()
    {
        var cascade = CascadeReader.Read(new StringReader("3 0.500381944444\n0 90 \n292 433344\n\n300\t12\n598948 216\n"), "RT1.txt");

        Assert.Equal("RT1.txt", cascade.Id);
        Assert.Equal(3, cascade.FinalSize);
        Assert.Equal(0.500381944444, cascade.StartDays, 12);
        Assert.Equal([new(0, 90), new(292, 433344), new(300, 12), new(598948, 216)], cascade.Events);
    }

    [Theory]
    [InlineData("abc 0.5\n0 90\n", 1, "non-negative integer")]
    [InlineData("3 0.5\n0 90\n12 x1\n", 3, "follower count is not a number")]
    [InlineData("3 0.5\n0 90\n12 5 7\n", 3, "expected 2 fields")]
    [InlineData("3 0.5\n0 90\n\n10 5\n5 5\n", 5, "times must be sorted")]
    [InlineData("3 0.5\n0 -4\n", 2, "must not be negative")]
    [InlineData("3 0,5\n0 90\n", 1, "start time is not a number")]
    public void Read_MalformedLine_NamesTheFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<CascadeFormatException>(() => CascadeReader.Read(new StringReader(text), "bad.txt"));

        Assert.Contains($"bad.txt, line {line}:", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3 0.5\n")]
    public void Read_WithoutEvents_Fails(string text) =>
        Assert.Throws<CascadeFormatException>(() => CascadeReader.Read(new StringReader(text), "empty.txt"));

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(299, 1, 0)]
    [InlineData(300, 3, 2)]
    [InlineData(1e9, 4, 3)]
    public void EventsUpTo_CountsTheOriginalAndSharesAtOrBeforeTheTime(double seconds, int events, int shares)
    {
        var cascade = new Cascade("c", 3, 0, [new(0, 1), new(300, 1), new(300, 1), new(900, 1)]);

        Assert.Equal(events, cascade.EventsUpTo(seconds));
        Assert.Equal(shares, cascade.SharesAt(seconds));
    }
}
