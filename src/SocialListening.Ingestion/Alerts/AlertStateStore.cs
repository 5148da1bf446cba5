using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Alerts;

/// <summary>One alert posted to a webhook: its rule, what it was about (key), when, and its title.</summary>
public sealed record SentAlert(string Rule, string Key, DateTimeOffset At, string? Title);

/// <summary>
/// Which alerts each rule has sent, in the state database: a (rule, key) pair is sent at most once, and the send
/// times give the rolling-hour rate limit.
/// </summary>
public sealed class AlertStateStore(string databasePath)
{
    private readonly StateDatabase _database = new(databasePath, Schema);

    public bool WasSent(string rule, string key)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT 1 FROM alerts_sent WHERE rule = $rule AND key = $key";
        select.Parameters.AddWithValue("$rule", rule);
        select.Parameters.AddWithValue("$key", key);
        return select.ExecuteScalar() is not null;
    }

    public int SentSince(string rule, DateTimeOffset since)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT COUNT(*) FROM alerts_sent WHERE rule = $rule AND at >= $since";
        select.Parameters.AddWithValue("$rule", rule);
        select.Parameters.AddWithValue("$since", Stamp(since));
        return Convert.ToInt32(select.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void MarkSent(string rule, string key, DateTimeOffset at, string? title = null)
    {
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT OR IGNORE INTO alerts_sent (rule, key, at) VALUES ($rule, $key, $at);
            INSERT OR IGNORE INTO alerts_titles (rule, key, title) VALUES ($rule, $key, $title);
            """;
        insert.Parameters.AddWithValue("$rule", rule);
        insert.Parameters.AddWithValue("$key", key);
        insert.Parameters.AddWithValue("$at", Stamp(at));
        insert.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <summary>The alerts sent most recently, newest first.</summary>
    public IReadOnlyList<SentAlert> Recent(int limit)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT s.rule, s.key, s.at, t.title FROM alerts_sent s LEFT JOIN alerts_titles t ON t.rule = s.rule AND t.key = s.key
            ORDER BY s.at DESC LIMIT $limit
            """;
        select.Parameters.AddWithValue("$limit", limit);
        using var reader = select.ExecuteReader();
        var sent = new List<SentAlert>();
        while (reader.Read())
        {
            sent.Add(new SentAlert(reader.GetString(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return sent;
    }

    // Fixed-width UTC stamps compare correctly as text.
    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS alerts_sent (rule TEXT NOT NULL, key TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (rule, key));
        CREATE INDEX IF NOT EXISTS alerts_by_time ON alerts_sent (rule, at);
        CREATE INDEX IF NOT EXISTS alerts_recent ON alerts_sent (at);
        CREATE TABLE IF NOT EXISTS alerts_titles (rule TEXT NOT NULL, key TEXT NOT NULL, title TEXT NULL, PRIMARY KEY (rule, key));
        """;

    private SqliteConnection Open() => _database.Open();
}
