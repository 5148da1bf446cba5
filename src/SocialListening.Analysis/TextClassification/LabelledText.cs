namespace SocialListening.Analysis.TextClassification;

/// <summary>A text with its gold label, for training and evaluation.</summary>
public sealed record LabelledText(string Text, string Label)
{
    /// <summary>Reads a CSV with a header; <paramref name="textColumn"/> and <paramref name="labelColumn"/> are header names.</summary>
    public static IReadOnlyList<LabelledText> LoadCsv(string path, string textColumn, string labelColumn)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"data file not found: {path}", path);
        }
        var table = CsvTable.Load(path);
        return FromTable(table, textColumn, labelColumn, path);
    }

    public static IReadOnlyList<LabelledText> FromTable(CsvTable table, string textColumn, string labelColumn, string name)
    {
        var t = table.IndexOf(textColumn);
        var l = table.IndexOf(labelColumn);
        if (t < 0 || l < 0)
        {
            throw new InvalidDataException(
                $"{name}: expected columns '{textColumn}' and '{labelColumn}' in the header, found '{string.Join(",", table.Header)}'");
        }
        return [.. table.Rows
            .Where(r => r[t].Trim().Length > 0 && r[l].Trim().Length > 0)
            .Select(r => new LabelledText(r[t], r[l].Trim()))];
    }
}
