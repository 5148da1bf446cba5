using System.Globalization;
using System.Text;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Export;

/// <summary>
/// Mentions as CSV (RFC 4180). A cell that a spreadsheet would read as a formula (starting with = + - @, tab or
/// carriage return) gets a leading apostrophe: exported posts are written by strangers (CSV injection).
/// </summary>
public static class CsvFormat
{
    public static readonly string[] Columns =
    [
        "id", "source", "published_at", "lang", "author", "url", "title", "text", "brands", "themes",
        "sentiment", "sentiment_score", "complaint", "stage", "risk", "likes", "shares", "replies",
    ];

    public static string Header => string.Join(',', Columns) + "\r\n";

    public static string Row(Mention m)
    {
        var e = m.Enrichment;
        string?[] cells =
        [
            m.Id, m.Source, m.PublishedAt.ToString("O", CultureInfo.InvariantCulture), m.Lang ?? "und", m.Author, m.Url, m.Title, m.Text,
            string.Join('|', e.Brands), string.Join('|', e.Themes), e.Sentiment?.Name(), Number(e.SentimentScore),
            e.Complaint is { } c ? (c ? "true" : "false") : null, e.Stage?.Name(), Number(e.Risk),
            m.Likes.ToString(CultureInfo.InvariantCulture), m.Shares.ToString(CultureInfo.InvariantCulture), m.Replies.ToString(CultureInfo.InvariantCulture),
        ];
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            line.Append(Cell(cells[i]));
        }
        return line.Append("\r\n").ToString();
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (IsTrigger(value[0]) || (char.IsWhiteSpace(value[0]) && value.TrimStart() is { Length: > 0 } trimmed && IsTrigger(trimmed[0])))
        {
            // Some spreadsheets trim leading spaces before deciding that a cell is a formula.
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    private static string? Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);
}
