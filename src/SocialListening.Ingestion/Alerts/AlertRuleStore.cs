using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Alerts;

/// <summary>Alert rules added at run time (API, <c>sl alerts add</c>), in the state database beside the sent alerts.</summary>
public sealed class AlertRuleStore(string databasePath)
{
    private readonly StateDatabase _database = new(databasePath, "CREATE TABLE IF NOT EXISTS alert_rules (name TEXT PRIMARY KEY COLLATE NOCASE, definition TEXT NOT NULL)");

    public IReadOnlyList<AlertRule> List()
    {
        if (!File.Exists(databasePath))
        {
            return [];
        }
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT definition FROM alert_rules ORDER BY name";
        using var reader = select.ExecuteReader();
        var rules = new List<AlertRule>();
        while (reader.Read())
        {
            if (JsonSerializer.Deserialize<Stored>(reader.GetString(0)) is { } stored)
            {
                rules.Add(stored.ToRule());
            }
        }
        return rules;
    }

    /// <summary>Adds the rule; false when a stored rule already has its name (names are case-insensitive).</summary>
    public bool Add(AlertRule rule)
    {
        using var connection = _database.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO alert_rules (name, definition) VALUES ($name, $definition)";
        insert.Parameters.AddWithValue("$name", rule.Name);
        insert.Parameters.AddWithValue("$definition", JsonSerializer.Serialize(Stored.From(rule)));
        return insert.ExecuteNonQuery() > 0;
    }

    public bool Remove(string name)
    {
        using var connection = _database.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM alert_rules WHERE name = $name";
        delete.Parameters.AddWithValue("$name", name);
        return delete.ExecuteNonQuery() > 0;
    }

    private sealed record Stored(string Name, string Kind, double MinRisk, string[] Brands, string WebhookUrl, string Format, int MaxPerHour)
    {
        public static Stored From(AlertRule r) => new(r.Name, r.Kind, r.MinRisk, [.. r.Brands], r.WebhookUrl.AbsoluteUri, r.Format, r.MaxPerHour);

        public AlertRule ToRule() => new()
        {
            Name = Name, Kind = Kind, MinRisk = MinRisk, Brands = Brands, WebhookUrl = new Uri(WebhookUrl), Format = Format, MaxPerHour = MaxPerHour,
        };
    }
}
