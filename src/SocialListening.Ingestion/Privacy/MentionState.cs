using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Core.Mentions;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Privacy;

/// <summary>What the state database holds about mentions, per table, for an erasure or an export.</summary>
public sealed record MentionStateCounts(long Triage, long Engagement, long Alerts);

/// <summary>One engagement observation of a mention, as exported.</summary>
public sealed record EngagementRow(string Source, string Id, DateTimeOffset At, long Likes, long Shares, long Replies);

/// <summary>
/// The rows of the state database keyed by mention (triage actions, engagement observations, alerts sent), read
/// and deleted together, so a mention erased from the index leaves nothing behind in state.db. A table that was
/// never created (no crawler ran, no alert was sent) simply holds nothing.
/// </summary>
public sealed class MentionState(string databasePath)
{
    private readonly StateDatabase _database = new(databasePath, "PRAGMA foreign_keys = ON;");

    public MentionStateCounts Erase(IReadOnlyCollection<MentionKey> keys)
    {
        if (keys.Count == 0)
        {
            return new MentionStateCounts(0, 0, 0);
        }
        using var connection = _database.Open();
        var tables = Tables(connection);
        using var transaction = connection.BeginTransaction();
        long Delete(string table, string where, Action<SqliteParameterCollection, MentionKey> bind)
        {
            if (!tables.Contains(table))
            {
                return 0;
            }
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE {where}";
            long deleted = 0;
            foreach (var key in keys)
            {
                delete.Parameters.Clear();
                bind(delete.Parameters, key);
                deleted += delete.ExecuteNonQuery();
            }
            return deleted;
        }
        static void BySourceAndId(SqliteParameterCollection p, MentionKey key)
        {
            p.AddWithValue("$source", key.Source);
            p.AddWithValue("$id", key.Id);
        }
        var counts = new MentionStateCounts(
            Delete("triage_actions", "source = $source AND id = $id", BySourceAndId),
            Delete("engagement", "source = $source AND id = $id", BySourceAndId),
            Delete("alerts_sent", "key = $key", (p, key) => p.AddWithValue("$key", AlertKey(key))));
        transaction.Commit();
        return counts;
    }

    /// <summary>The engagement observations of these mentions, oldest first.</summary>
    public IReadOnlyList<EngagementRow> Engagement(IReadOnlyCollection<MentionKey> keys)
    {
        using var connection = _database.Open();
        if (keys.Count == 0 || !Tables(connection).Contains("engagement"))
        {
            return [];
        }
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT at, likes, shares, replies FROM engagement WHERE source = $source AND id = $id ORDER BY at";
        var rows = new List<EngagementRow>();
        foreach (var key in keys)
        {
            select.Parameters.Clear();
            select.Parameters.AddWithValue("$source", key.Source);
            select.Parameters.AddWithValue("$id", key.Id);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new EngagementRow(key.Source, key.Id,
                    DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }
        return rows;
    }

    // The alert dispatcher's deduplication key of a risk alert about one mention.
    private static string AlertKey(MentionKey key) => $"mention:{key.Source}/{key.Id}";

    private static HashSet<string> Tables(SqliteConnection connection)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = select.ExecuteReader();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }
}
