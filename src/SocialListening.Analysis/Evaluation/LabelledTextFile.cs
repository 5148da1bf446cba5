namespace SocialListening.Analysis.Evaluation;

/// <summary>
/// Reads an evaluation file: tab-separated with a header naming a <c>text</c> and a <c>label</c> column (any order,
/// other columns ignored). Malformed rows are reported through <paramref name="skipped"/> and left out.
/// </summary>
public static class LabelledTextFile
{
    public static List<LabelledText> Read(TextReader reader, Action<string> skipped)
    {
        var rows = new List<LabelledText>();
        int textColumn = -1, labelColumn = -1, width = 0;
        foreach (var record in TsvReader.Read(reader))
        {
            if (textColumn < 0)
            {
                var header = record.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
                textColumn = header.IndexOf("text");
                labelColumn = header.IndexOf("label");
                if (record.Error is not null || textColumn < 0 || labelColumn < 0)
                {
                    throw new InvalidDataException("the first line must be a header with 'text' and 'label' columns");
                }
                width = header.Count;
                continue;
            }
            if (record.Error is not null)
            {
                skipped($"line {record.Line}: {record.Error}; row skipped");
                continue;
            }
            if (record.Fields.Count != width)
            {
                skipped($"line {record.Line}: {record.Fields.Count} fields where the header has {width}; row skipped");
                continue;
            }
            rows.Add(new LabelledText(record.Line, record.Fields[textColumn], record.Fields[labelColumn].Trim()));
        }
        if (textColumn < 0)
        {
            throw new InvalidDataException("the file is empty: expected a header with 'text' and 'label' columns");
        }
        return rows;
    }
}
