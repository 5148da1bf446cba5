namespace SocialListening.Ingestion.Import;

public enum ImportFormat
{
    JsonLines,
    Csv,
}

public static class ImportFormats
{
    /// <summary>By extension (.jsonl, .ndjson, .json; .csv), else by the first non-blank byte ('{' is JSON Lines).</summary>
    public static ImportFormat Detect(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson" or ".json")
        {
            return ImportFormat.JsonLines;
        }
        if (extension == ".csv")
        {
            return ImportFormat.Csv;
        }
        using var stream = File.OpenRead(path);
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF))
            {
                return b == '{' ? ImportFormat.JsonLines : ImportFormat.Csv;
            }
        }
        return ImportFormat.JsonLines;
    }
}
