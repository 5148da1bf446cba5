namespace SocialListening.Ingestion.Import;

/// <summary>Settings of file imports.</summary>
public sealed record ImportOptions
{
    /// <summary>Records per index commit (each commit also records the resume position; the pipeline still moves
    /// them in chunks of <see cref="FileImporter.ChunkSize"/>). Each commit flushes a segment and syncs it, and the
    /// small segments are merged again and again as the index grows: 20,000 rather than 5,000 took the import with no
    /// analysis from 145 to 135 µs of CPU a mention at 1,000,000 mentions (2,000 had cost a third of the indexing
    /// time against 5,000). 50,000 was tried in round 8 of issue 8: less allocated, but no less CPU at 1,000,000
    /// mentions and 170 MB more memory (docs/benchmarks.md).</summary>
    public int BatchSize { get; init; } = 20_000;
    /// <summary>A line longer than this many bytes is rejected without being read into memory.</summary>
    public int MaxLineBytes { get; init; } = 1 << 20;
    /// <summary>Where rejects files are written.</summary>
    public required string RejectsDirectory { get; init; }
    /// <summary>Force a format instead of detecting it from the extension.</summary>
    public ImportFormat? Format { get; init; }
}

/// <summary>What an import did. Counts cover the whole file, including the part done before a resume.</summary>
public sealed record ImportResult(
    string File,
    long Accepted,
    long Duplicates,
    long Rejected,
    string? RejectsPath,
    long ResumedFromLine)
{
    /// <summary>Valid records kept out by the ingest gate: published before their source's retention, or by an erased author.</summary>
    public long Withheld { get; init; }

    /// <summary>Nothing in the file could be read as a mention (wrong format, unreadable): the import failed.</summary>
    public bool NothingRead => Accepted + Duplicates == 0 && Rejected > 0;
}

public readonly record struct ImportProgress(long BytesRead, long TotalBytes, long Records);
