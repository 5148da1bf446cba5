using System.Text;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// An RFC 4180 CSV file read whole: a header row, then rows with the header's number of fields. Quoted fields may hold
/// commas, doubled quotes and line breaks. Rows with another number of fields (or an unterminated quote) are
/// counted in <see cref="BadRows"/> and left out, so one broken line does not sink a training run.
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows, int BadRows)
{
    public static CsvTable Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    public static CsvTable Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? header = null;
        var rows = new List<string[]>();
        var bad = 0;
        foreach (var (fields, complete) in Records(reader))
        {
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim())];
                continue;
            }
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            if (!complete || fields.Count != header.Length)
            {
                bad++;
                continue;
            }
            rows.Add([.. fields]);
        }
        return new CsvTable(header ?? [], rows, bad);
    }

    /// <summary>The index of a header column, compared without case; -1 when absent.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static IEnumerable<(List<string> Fields, bool Complete)> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (fields, true);
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return (fields, !quoted);
        }
    }
}
