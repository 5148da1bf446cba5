using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Triage;

public enum TriageAction
{
    Acknowledge,
    Assign,
    Resolve,
    Dismiss,
}

/// <summary>Where a mention stands in the triage queue, after the last action taken on it.</summary>
public sealed record TriageState(string Status, string? Assignee, string By, DateTimeOffset At, string? Note);

/// <summary>
/// The community managers' actions on queued mentions, in the state database: an append-only log (who did what,
/// when) from which each mention's current state is read.
/// </summary>
public sealed class TriageStore(string databasePath, TimeProvider time)
{
    private readonly StateDatabase _database = new(databasePath, Schema);


    public static string StatusOf(TriageAction action) => action switch
    {
        TriageAction.Acknowledge => "acknowledged",
        TriageAction.Assign => "assigned",
        TriageAction.Resolve => "resolved",
        _ => "dismissed",
    };

    public TriageState Record(MentionKey mention, TriageAction action, string? assignee, string? note, string by)
    {
        var state = new TriageState(StatusOf(action), assignee, by, time.GetUtcNow(), note);
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO triage_actions (source, id, status, assignee, by, at, note)
            VALUES ($source, $id, $status, $assignee, $by, $at, $note)
            """;
        insert.Parameters.AddWithValue("$source", mention.Source);
        insert.Parameters.AddWithValue("$id", mention.Id);
        insert.Parameters.AddWithValue("$status", state.Status);
        insert.Parameters.AddWithValue("$assignee", (object?)assignee ?? DBNull.Value);
        insert.Parameters.AddWithValue("$by", by);
        insert.Parameters.AddWithValue("$at", state.At.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        insert.ExecuteNonQuery();
        return state;
    }

    /// <summary>The current state of every mention that has one (the last action on it).</summary>
    public IReadOnlyDictionary<MentionKey, TriageState> Current()
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT source, id, status, assignee, by, at, note FROM triage_actions a
            WHERE seq = (SELECT MAX(seq) FROM triage_actions b WHERE b.source = a.source AND b.id = a.id)
            """;
        using var reader = select.ExecuteReader();
        var states = new Dictionary<MentionKey, TriageState>();
        while (reader.Read())
        {
            states[new MentionKey(reader.GetString(0), reader.GetString(1))] = new TriageState(
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }
        return states;
    }

    /// <summary>Every action taken on one mention, oldest first: the audit trail.</summary>
    public IReadOnlyList<TriageState> History(MentionKey mention)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT status, assignee, by, at, note FROM triage_actions WHERE source = $source AND id = $id ORDER BY seq";
        select.Parameters.AddWithValue("$source", mention.Source);
        select.Parameters.AddWithValue("$id", mention.Id);
        using var reader = select.ExecuteReader();
        var history = new List<TriageState>();
        while (reader.Read())
        {
            history.Add(new TriageState(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return history;
    }

    /// <summary>The mentions whose current state is dismissed: community managers' "not a complaint" labels.</summary>
    public IReadOnlyList<MentionKey> Dismissed() =>
        [.. Current().Where(s => s.Value.Status == "dismissed").Select(s => s.Key).OrderBy(k => k.Source, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal)];

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS triage_actions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL, id TEXT NOT NULL, status TEXT NOT NULL, assignee TEXT,
            by TEXT NOT NULL, at TEXT NOT NULL, note TEXT);
        CREATE INDEX IF NOT EXISTS triage_by_mention ON triage_actions (source, id, seq);
        """;

    private SqliteConnection Open() => _database.Open();
}
