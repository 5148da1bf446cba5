using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using SocialListening.Core.Mentions;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// What a data folder holds, read below the product's own code: the Lucene segments (every live document and its
/// key) and the SQLite databases (integrity and triage rows), so that a check does not trust what it checks.
/// </summary>
internal static class DataFolder
{
    /// <summary>Live documents in the index, and their distinct keys (source + id).</summary>
    public static (int Documents, HashSet<string> Keys) Mentions(string data)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(data, "index"));
        using var reader = DirectoryReader.Open(directory);
        var keys = MultiDocValues.GetSortedValues(reader, "_key");
        var live = MultiFields.GetLiveDocs(reader);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var value = new BytesRef();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                keys.Get(doc, value);
                distinct.Add(value.Utf8ToString());
            }
        }
        return (reader.NumDocs, distinct);
    }

    /// <summary>SQLite's own verdict on a database file: "ok" when every page and index is sound.</summary>
    public static string IntegrityCheck(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join("; ", lines);
    }

    /// <summary>Every triage action as (sequence number, mention key).</summary>
    public static IReadOnlyList<(long Seq, string Key)> TriageActions(string data)
    {
        using var connection = Open(Path.Combine(data, "state.db"));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, source, id FROM triage_actions ORDER BY seq";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), new MentionKey(reader.GetString(1), reader.GetString(2)).ToString()));
        }
        return rows;
    }

    /// <summary>The commit generation of the index (segments_N), or 0 when nothing is committed yet.</summary>
    public static long Generation(string data)
    {
        var index = Path.Combine(data, "index");
        return Directory.Exists(index)
            ? Directory.GetFiles(index, "segments_*").Select(f => Base36(Path.GetFileName(f)["segments_".Length..])).DefaultIfEmpty(0).Max()
            : 0;
    }

    // Lucene names commits segments_N with N in base 36.
    private static long Base36(string digits) =>
        digits.Aggregate(0L, (n, c) => (n * 36) + (char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10));

    // Opened as the restarted service opens it: a process killed in the middle of a write can leave the write-ahead
    // log's index to be rebuilt, which SQLite does on the first connection that may write (a read-only one fails with
    // "attempt to write a readonly database"). The check runs after that recovery, as the service's next start would.
    private static SqliteConnection Open(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException("No database to check.", databasePath);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
