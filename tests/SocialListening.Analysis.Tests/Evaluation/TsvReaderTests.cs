using SocialListening.Analysis.Evaluation;

namespace SocialListening.Analysis.Tests.Evaluation;

public class TsvReaderTests
{
    private static List<TsvRecord> Read(string text) => TsvReader.Read(new StringReader(text)).ToList();

    [Fact]
    public void QuotedFields_HoldTabsNewlinesAndDoubledQuotes()
    {
        var records = Read("text\tlabel\n\"a\tb\nc \"\"quoted\"\"\"\tpositive\nplain\tneutral\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["a\tb\nc \"quoted\"", "positive"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["plain", "neutral"], records[2].Fields);
        Assert.Equal(4, records[2].Line);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Theory]
    [InlineData("a\tb\r\nc\td\r\n")]
    [InlineData("a\tb\nc\td")]
    [InlineData("a\tb\n\nc\td\n")]
    public void LineEndings_AndBlankLines_AreHandled(string text)
    {
        var records = Read(text);

        Assert.Equal(2, records.Count);
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void QuoteInsideAnUnquotedField_IsKeptAsText()
    {
        Assert.Equal(["il a dit \"non\"", "negative"], Read("il a dit \"non\"\tnegative")[0].Fields);
    }

    [Fact]
    public void TextAfterAClosingQuote_MakesTheRecordMalformed_AndReadingGoesOn()
    {
        var records = Read("\"ab\"c\tpositive\nok\tneutral\n");

        Assert.NotNull(records[0].Error);
        Assert.Equal(["ok", "neutral"], records[1].Fields);
        Assert.Null(records[1].Error);
    }

    [Fact]
    public void UnclosedQuote_IsReportedAtTheEnd()
    {
        var records = Read("ok\tneutral\n\"never closed\tpositive\n");

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Error);
        Assert.NotNull(records[1].Error);
    }

    [Fact]
    public void LabelledTextFile_FindsColumnsByName_AndSkipsBadRows()
    {
        var skipped = new List<string>();
        var text = "label\ttext\npositive\t\"great\tday\"\nonly-one-field\nnegative\tbad\n\"broken\"x\tneutral\n";

        var rows = LabelledTextFile.Read(new StringReader(text), skipped.Add);

        Assert.Equal([("great\tday", "positive"), ("bad", "negative")], rows.Select(r => (r.Text, r.Label)));
        Assert.Equal(2, skipped.Count);
        Assert.Contains(skipped, s => s.StartsWith("line 3:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("id\tbody\n1\thello\n")]
    public void LabelledTextFile_RejectsAFileWithoutTheHeader(string text)
    {
        Assert.Throws<InvalidDataException>(() => LabelledTextFile.Read(new StringReader(text), _ => { }));
    }
}
