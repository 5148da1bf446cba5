namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// The labelled sets written for this project (French complaints, French journey stages), embedded in the assembly
/// from Resources/ so that training and tests find them wherever they run.
/// </summary>
public static class ProjectData
{
    public static CsvTable Table(string name)
    {
        var resource = "SocialListening.Analysis.Resources." + name;
        using var stream = typeof(ProjectData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data set '{name}' not found");
        using var reader = new StreamReader(stream);
        return CsvTable.Parse(reader);
    }

    public static IReadOnlyList<LabelledText> Load(string name, string textColumn, string labelColumn) =>
        LabelledText.FromTable(Table(name), textColumn, labelColumn, name);
}
