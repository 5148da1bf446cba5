namespace SocialListening.Ingestion.Import;

/// <summary>One record of an input file: its fields by name, or the reason it could not be read.</summary>
public sealed record RawRecord(long Line, IReadOnlyDictionary<string, string?>? Fields, string? Error, string Excerpt)
{
    public static RawRecord Bad(long line, string error, string excerpt) => new(line, null, error, excerpt);
}
