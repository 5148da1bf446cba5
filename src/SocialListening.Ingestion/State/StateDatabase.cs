using Microsoft.Data.Sqlite;

namespace SocialListening.Ingestion.State;

/// <summary>
/// One store's view of the operational SQLite database (DATA/state.db): opens pooled connections and runs the
/// store's own schema (CREATE ... IF NOT EXISTS) on the first one only. API keys, triage and alerts share it.
/// </summary>
public sealed class StateDatabase(string databasePath, string schema)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
    private volatile bool _created;

    public SqliteConnection Open()
    {
        if (!_created)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        }
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        if (!_created)
        {
            using var create = connection.CreateCommand();
            create.CommandText = schema;
            create.ExecuteNonQuery();
            _created = true;
        }
        return connection;
    }
}
