using Microsoft.Data.Sqlite;

namespace SocialListening.Ingestion.State;

/// <summary>
/// Recognises the failures that come from the data folder's storage rather than from the data (disk full, file-size
/// limit, read-only file system, permission denied), from Lucene, SQLite or the file system alike, and words them
/// with the folder and the cause so that an operator knows what to fix.
/// </summary>
public static class StorageFailure
{
    // .NET reports the Unix errno in IOException.HResult.
    private const int NoSpace = 28;
    private const int FileTooLarge = 27;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>The cause in a few words ("the disk is full"), or null when the exception is not a storage failure.</summary>
    public static string? Cause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var cause = e switch
            {
                SqliteException { SqliteErrorCode: 13 } => "the disk is full",
                SqliteException { SqliteErrorCode: 8 } => "it is read-only",
                SqliteException { SqliteErrorCode: 14 } => "a database file cannot be opened (missing folder or no permission)",
                IOException { HResult: NoSpace or WindowsDiskFull } => "the disk is full",
                IOException { HResult: QuotaExceeded } => "the disk quota is exceeded",
                IOException { HResult: FileTooLarge } => "a file-size limit is reached",
                IOException { HResult: ReadOnlyFileSystem } => "it is read-only",
                UnauthorizedAccessException => "permission is denied",
                _ => null,
            };
            if (cause is not null)
            {
                return cause;
            }
        }
        return null;
    }

    /// <summary>A message naming the folder and the cause, or null when the exception is not a storage failure.</summary>
    public static string? Describe(Exception exception, string dataDirectory)
    {
        if (Cause(exception) is not { } cause)
        {
            return null;
        }
        if (exception is SqliteException { SqliteErrorCode: 14 })
        {
            // SQLite only says it cannot open the file; the folder itself tells why.
            try
            {
                EnsureWritable(dataDirectory);
            }
            catch (Exception probe) when (Cause(probe) is { } folderCause)
            {
                cause = folderCause;
            }
        }
        return $"Cannot write to the data folder '{dataDirectory}': {cause} ({exception.Message.Trim()}). What was committed before is kept; free space or fix the folder, then run again.";
    }

    /// <summary>
    /// Creates the folder if needed and writes then deletes a probe file in it: a long-running service checks this
    /// at start and in its health report, because a read-only mount still lists and reads its files.
    /// </summary>
    public static void EnsureWritable(string folder)
    {
        Directory.CreateDirectory(folder);
        var probe = Path.Combine(folder, ".write-probe");
        File.WriteAllBytes(probe, [1]);
        File.Delete(probe);
    }
}
