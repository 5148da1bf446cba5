using System.Text;

namespace SocialListening.Analysis.Evaluation;

/// <summary>
/// Reads tab-separated records with RFC 4180 quoting: a field starting with a quote may hold tabs, newlines and
/// doubled quotes (""). A quote inside an unquoted field is kept as text. A quoted field followed by anything but a
/// delimiter or a line end, or a quote left open at the end of the file, makes the record malformed: it is
/// returned with an <see cref="TsvRecord.Error"/> and reading goes on at the next line.
/// </summary>
public static class TsvReader
{
    public static IEnumerable<TsvRecord> Read(TextReader reader, char delimiter = '\t')
    {
        var text = reader.ReadToEnd();
        var i = 0;
        var line = 1;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n')
                        {
                            line++;
                        }
                        field.Append(c);
                        i++;
                    }
                    if (!closed)
                    {
                        error = "a quoted field is not closed before the end of the file";
                        endOfRecord = true;
                        fields.Add(field.ToString());
                        break;
                    }
                    if (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        error = "unexpected text after a closing quote";
                        i = SkipLine(text, i, ref line);
                        fields.Add(field.ToString());
                        break;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        field.Append(text[i]);
                        i++;
                    }
                }
                fields.Add(field.ToString());
                field.Clear();
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }
                if (i < text.Length && text[i] == '\r')
                {
                    i++;
                }
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                    line++;
                }
                endOfRecord = true;
            }
            if (error is null && fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            yield return new TsvRecord(startLine, fields, error);
        }
    }

    private static int SkipLine(string text, int i, ref int line)
    {
        while (i < text.Length && text[i] != '\n')
        {
            i++;
        }
        if (i < text.Length)
        {
            i++;
            line++;
        }
        return i;
    }
}
