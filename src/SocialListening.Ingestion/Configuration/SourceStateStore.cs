using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.Sources;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Configuration;

/// <summary>
/// Runtime changes to the sources, in DATA/state.db: sources added with <c>sl sources add</c>, and which sources are
/// paused (configured ones included). The configuration file is never rewritten.
/// </summary>
public sealed class SourceStateStore(string dataDirectory)
{
    private readonly StateDatabase _database = new(Path.Combine(dataDirectory, "state.db"),
        "CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, definition TEXT NULL, paused INTEGER NOT NULL DEFAULT 0)");

    private SqliteConnection Open() => _database.Open();

    /// <summary>The configured sources plus the added ones, with pauses applied (a paused source is not enabled).</summary>
    public IReadOnlyList<SourceDefinition> Merge(IReadOnlyList<SourceDefinition> configured)
    {
        var rows = Rows();
        var merged = configured.Select(s => rows.TryGetValue(s.Name, out var row) && row.Paused ? s with { Enabled = false } : s).ToList();
        foreach (var (name, row) in rows.Where(r => r.Value.Definition is not null).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (merged.All(s => s.Name != name))
            {
                merged.Add(row.Definition! with { Enabled = !row.Paused });
            }
        }
        return merged;
    }

    public void Add(SourceDefinition definition)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO sources (name, definition, paused) VALUES ($name, $definition, $paused) ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, paused = excluded.paused";
        command.Parameters.AddWithValue("$name", definition.Name);
        command.Parameters.AddWithValue("$definition", JsonSerializer.Serialize(Stored.From(definition)));
        command.Parameters.AddWithValue("$paused", definition.Enabled ? 0 : 1);
        command.ExecuteNonQuery();
    }

    public void SetPaused(string name, bool paused)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO sources (name, paused) VALUES ($name, $paused) ON CONFLICT(name) DO UPDATE SET paused = excluded.paused";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$paused", paused ? 1 : 0);
        command.ExecuteNonQuery();
    }

    /// <summary>Forgets a source added at run time (its row, pause included); false when there was none.</summary>
    public bool Remove(string name)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sources WHERE name = $name AND definition IS NOT NULL";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteNonQuery() > 0;
    }

    private Dictionary<string, (SourceDefinition? Definition, bool Paused)> Rows()
    {
        var rows = new Dictionary<string, (SourceDefinition?, bool)>(StringComparer.Ordinal);
        if (!File.Exists(Path.Combine(dataDirectory, "state.db")))
        {
            return rows;
        }
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, definition, paused FROM sources";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var definition = reader.IsDBNull(1) ? null : JsonSerializer.Deserialize<Stored>(reader.GetString(1))?.ToDefinition();
            rows[reader.GetString(0)] = (definition, reader.GetInt64(2) != 0);
        }
        return rows;
    }

    private sealed record Stored(string Name, string Kind, string? Url, string Schedule, Dictionary<string, string> Parameters)
    {
        public static Stored From(SourceDefinition d) => new(d.Name, d.Kind, d.Url, d.Schedule, new Dictionary<string, string>(d.Parameters));

        public SourceDefinition ToDefinition() => new() { Name = Name, Kind = Kind, Url = Url, Schedule = Schedule, Parameters = Parameters };
    }
}
