using System.Net;
using System.Text.Json;
using SocialListening.Api.Features.Export;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

public sealed class ExportApiTests(ApiFixture api)
{
    [Fact]
    public async Task CSV_export_streams_every_match_with_formulas_neutralised()
    {
        using var response = await api.Client(ApiRole.Analyst).GetAsync("/api/export?format=csv&brand=mandarine", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal("mentions.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        var rows = await ReadCsvAsync(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));

        Assert.Equal(CsvFormat.Columns, rows[0]);
        Assert.Equal(await api.CountAsync("brand:mandarine"), rows.Count - 1);
        var text = Array.IndexOf(CsvFormat.Columns, "text");
        var formula = rows.Single(r => r[0] == "t-mid");
        Assert.StartsWith("'=HYPERLINK(", formula[text], StringComparison.Ordinal);
        Assert.DoesNotContain(rows.Skip(1), r => r[text].Length > 0 && r[text][0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public async Task NDJSON_export_is_one_mention_per_line_in_the_search_order()
    {
        var body = await api.Client(ApiRole.Analyst).GetStringAsync("/api/export?format=ndjson&q=panne&sort=oldest", TestContext.Current.CancellationToken);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(await api.CountAsync("panne"), lines.Length);
        var dates = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("published_at").GetDateTimeOffset()).ToArray();
        Assert.Equal(dates.Order(), dates);
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=csv&q=panne%20AND%20(", "Query error")]
    public async Task A_bad_export_request_fails_before_streaming_with_a_ProblemDetails(string query, string expected)
    {
        var (status, body, _) = await api.Client(ApiRole.Analyst).GetJsonAsync("/api/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dit \"non\"", "\"dit \"\"non\"\"\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("plain", "plain")]
    public void Cells_are_quoted_and_formula_prefixes_neutralised(string value, string expected) =>
        Assert.Equal(expected, CsvFormat.Cell(value));

    // RFC 4180 reader: enough to check what a spreadsheet would see.
    private static async Task<List<string[]>> ReadCsvAsync(Stream stream)
    {
        var text = await new StreamReader(stream).ReadToEndAsync(TestContext.Current.CancellationToken);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i++; }
            else { cell.Append(c); }
        }
        return rows;
    }
}
