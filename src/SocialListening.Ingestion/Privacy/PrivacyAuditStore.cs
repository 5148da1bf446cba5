using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Privacy;

/// <summary>One privacy operation: an erasure (forget), an export or a retention pass, with its counts.</summary>
public sealed record PrivacyAuditEntry(
    long Seq,
    DateTimeOffset At,
    string By,
    string Action,
    IReadOnlyList<string> Pseudonyms,
    string? Source,
    long Mentions,
    long Triage,
    long Engagement,
    long Alerts,
    string? Detail);

/// <summary>
/// The privacy audit trail and the erased-author list, in the state database. Entries name authors by their
/// pseudonyms only: the raw handle of an erased author is never written here (nor anywhere else). The erased list
/// keeps the crawlers and imports from collecting an erased author's posts again.
/// </summary>
public sealed class PrivacyAuditStore(string databasePath)
{
    public const string Forget = "forget";
    public const string Export = "export";
    public const string Retention = "retention";

    private readonly StateDatabase _database = new(databasePath, Schema);

    public long Record(PrivacyAuditEntry entry)
    {
        using var connection = _database.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO privacy_audit (at, by, action, pseudonyms, source, mentions, triage, engagement, alerts, detail)
            VALUES ($at, $by, $action, $pseudonyms, $source, $mentions, $triage, $engagement, $alerts, $detail);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$at", entry.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$by", entry.By);
        insert.Parameters.AddWithValue("$action", entry.Action);
        insert.Parameters.AddWithValue("$pseudonyms", entry.Pseudonyms.Count == 0 ? DBNull.Value : string.Join(' ', entry.Pseudonyms));
        insert.Parameters.AddWithValue("$source", (object?)entry.Source ?? DBNull.Value);
        insert.Parameters.AddWithValue("$mentions", entry.Mentions);
        insert.Parameters.AddWithValue("$triage", entry.Triage);
        insert.Parameters.AddWithValue("$engagement", entry.Engagement);
        insert.Parameters.AddWithValue("$alerts", entry.Alerts);
        insert.Parameters.AddWithValue("$detail", (object?)entry.Detail ?? DBNull.Value);
        return (long)insert.ExecuteScalar()!;
    }

    /// <summary>The audit trail, oldest first; with pseudonyms, only the entries about one of them.</summary>
    public IReadOnlyList<PrivacyAuditEntry> Entries(IReadOnlyCollection<string>? pseudonyms = null)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT seq, at, by, action, pseudonyms, source, mentions, triage, engagement, alerts, detail FROM privacy_audit ORDER BY seq";
        using var reader = select.ExecuteReader();
        var entries = new List<PrivacyAuditEntry>();
        while (reader.Read())
        {
            var names = reader.IsDBNull(4) ? [] : reader.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pseudonyms is not null && !names.Any(pseudonyms.Contains))
            {
                continue;
            }
            entries.Add(new PrivacyAuditEntry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2),
                reader.GetString(3), names, reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8),
                reader.GetInt64(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }
        return entries;
    }

    /// <summary>Adds pseudonyms to the erased list, for one source or (source null) for all.</summary>
    public void AddErased(IEnumerable<string> pseudonyms, string? source, DateTimeOffset at)
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT OR IGNORE INTO erased_authors (pseudonym, source, at) VALUES ($pseudonym, $source, $at)";
        var pseudonym = insert.Parameters.Add("$pseudonym", SqliteType.Text);
        insert.Parameters.AddWithValue("$source", source is null ? "" : Core.Text.TextFolding.Fold(source));
        insert.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        foreach (var name in pseudonyms)
        {
            pseudonym.Value = name;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The erased authors: pseudonym to the sources they were erased from (empty string: every source).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Erased()
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT pseudonym, source FROM erased_authors";
        using var reader = select.ExecuteReader();
        var erased = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var pseudonym = reader.GetString(0);
            if (!erased.TryGetValue(pseudonym, out var sources))
            {
                erased[pseudonym] = sources = new HashSet<string>(StringComparer.Ordinal);
            }
            sources.Add(reader.GetString(1));
        }
        return erased.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal);
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS privacy_audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, by TEXT NOT NULL, action TEXT NOT NULL,
            pseudonyms TEXT, source TEXT, mentions INTEGER NOT NULL, triage INTEGER NOT NULL,
            engagement INTEGER NOT NULL, alerts INTEGER NOT NULL, detail TEXT);
        CREATE TABLE IF NOT EXISTS erased_authors (
            pseudonym TEXT NOT NULL, source TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (pseudonym, source));
        """;
}
