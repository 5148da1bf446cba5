using System.Runtime.CompilerServices;
using System.Text;

namespace SocialListening.Ingestion.Import;

/// <summary>
/// RFC 4180 CSV with a header row: comma-separated, fields in double quotes may hold commas, quotes ("") and line
/// breaks. A record's line number is the line it starts on.
/// </summary>
internal sealed class CsvRecordReader(int maxLineBytes) : RecordReader
{
    public override async Task<IReadOnlyList<string>?> ReadHeaderAsync(Stream stream, CancellationToken cancellationToken)
    {
        await foreach (var row in Rows(stream, 0, 0, cancellationToken).ConfigureAwait(false))
        {
            return row.Fields;
        }
        return null;
    }

    public override async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, long offset, long line, IReadOnlyList<string>? header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in Rows(stream, offset, line, cancellationToken).ConfigureAwait(false))
        {
            if (row.Error is not null)
            {
                yield return RawRecord.Bad(row.Line, row.Error, row.Excerpt);
                continue;
            }
            if (header is null)
            {
                header = row.Fields!.Select(h => h.Trim()).ToArray();
                continue;
            }
            if (row.Fields!.Count == 1 && row.Fields[0].Length == 0)
            {
                continue;
            }
            if (row.Fields.Count != header.Count)
            {
                yield return RawRecord.Bad(row.Line, $"expected {header.Count} fields as in the header, found {row.Fields.Count}", row.Excerpt);
                continue;
            }
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i]] = row.Fields[i].Length == 0 ? null : row.Fields[i];
            }
            yield return new RawRecord(row.Line, fields, null, row.Excerpt);
        }
    }

    private async IAsyncEnumerable<CsvRow> Rows(Stream stream, long offset, long line, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Lines = new ByteLineReader(stream, offset, maxLineBytes);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        long startLine = 0;
        string? error = null;
        var excerpt = "";
        while (await Lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } read)
        {
            line++;
            if (!inQuotes)
            {
                startLine = line;
                fields.Clear();
                field.Clear();
                error = null;
                excerpt = read.TooLong ? "" : Excerpt(read.Bytes.Span);
            }
            if (read.TooLong)
            {
                error = $"line longer than {maxLineBytes} bytes";
            }
            else if (!TryDecode(read.Bytes.Span, out var text))
            {
                error ??= "invalid UTF-8";
            }
            else
            {
                if (inQuotes)
                {
                    field.Append('\n');
                }
                inQuotes = Scan(text, fields, field, inQuotes, ref error);
                if (field.Length > maxLineBytes)
                {
                    error ??= $"quoted field longer than {maxLineBytes} bytes (an unclosed quote?)";
                    inQuotes = false;
                }
            }
            if (inQuotes && error is null)
            {
                continue;
            }
            inQuotes = false;
            fields.Add(field.ToString());
            field.Clear();
            yield return new CsvRow(startLine, error is null ? fields.ToArray() : null, error, excerpt);
        }
        if (inQuotes)
        {
            yield return new CsvRow(startLine, null, "unclosed quote at the end of the file", excerpt);
        }
    }

    /// <summary>Scans one physical line; returns true when it ends inside a quoted field.</summary>
    private static bool Scan(string text, List<string> fields, StringBuilder field, bool inQuotes, ref string? error)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == '"')
            {
                error ??= $"stray quote in an unquoted field at column {i + 1}";
                field.Append(c);
            }
            else
            {
                field.Append(c);
            }
        }
        return inQuotes;
    }

    private sealed record CsvRow(long Line, IReadOnlyList<string>? Fields, string? Error, string Excerpt);
}
