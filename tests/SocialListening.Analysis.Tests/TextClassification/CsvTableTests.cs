using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

public class CsvTableTests
{
    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var csv = "text,label\r\n\"Hello, world\",1\n\"She said \"\"no\"\"\",0\n\"line one\nline two\",1\nplain,0";

        var table = CsvTable.Parse(new StringReader(csv));

        Assert.Equal(["text", "label"], table.Header);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("Hello, world", table.Rows[0][0]);
        Assert.Equal("She said \"no\"", table.Rows[1][0]);
        Assert.Equal("line one\nline two", table.Rows[2][0]);
        Assert.Equal(["plain", "0"], table.Rows[3]);
        Assert.Equal(0, table.BadRows);
    }

    [Fact]
    public void RowsWithTheWrongNumberOfFieldsOrAnOpenQuote_AreCountedAndSkipped()
    {
        var csv = "text,label\nok,1\ntoo,many,fields\nmissing\n\ngood,0\n\"never closed,1\n";

        var table = CsvTable.Parse(new StringReader(csv));

        Assert.Equal([["ok", "1"], ["good", "0"]], table.Rows);
        Assert.Equal(3, table.BadRows);
    }

    [Fact]
    public void LabelledText_MissingColumn_NamesTheExpectedColumns()
    {
        var table = CsvTable.Parse(new StringReader("sentence,category\nhi,greeting\n"));

        var error = Assert.Throws<InvalidDataException>(() => LabelledText.FromTable(table, "text", "category", "file.csv"));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }
}
