using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Alerts;

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

    public void MarkSent(string rule, string key, DateTimeOffset at)
    {
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO alerts_sent (rule, key, at) VALUES ($rule, $key, $at)";
        insert.Parameters.AddWithValue("$rule", rule);
        insert.Parameters.AddWithValue("$key", key);
        insert.Parameters.AddWithValue("$at", Stamp(at));
        insert.ExecuteNonQuery();
    }

    // Fixed-width UTC stamps compare correctly as text.
    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS alerts_sent (rule TEXT NOT NULL, key TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (rule, key));
        CREATE INDEX IF NOT EXISTS alerts_by_time ON alerts_sent (rule, at);
        """;

    private SqliteConnection Open() => _database.Open();
}
