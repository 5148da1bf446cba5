using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using SocialListening.Ingestion.State;

namespace SocialListening.Api.Security;

/// <summary>A stored key: its public prefix (how it is named in lists and logs), name and role. Never the key itself.</summary>
public sealed record ApiKeyInfo(string Prefix, string Name, ApiRole Role, DateTimeOffset CreatedAt);

/// <summary>
/// API keys in the state database (SQLite). A key is "sl_" + an 8-character public prefix + "_" + 32 random bytes;
/// only its SHA-256 is stored, so a stolen database does not give working keys. The prefix finds the row, the hash
/// is compared in constant time.
/// </summary>
public sealed class ApiKeyStore(string databasePath, TimeProvider time)
{
    private readonly StateDatabase _database = new(databasePath, Schema);


    public (string Key, ApiKeyInfo Info) Add(ApiRole role, string name)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"sl_{prefix}_{secret}";
        var info = new ApiKeyInfo(prefix, name, role, time.GetUtcNow());
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO api_keys (prefix, name, role, hash, created_at) VALUES ($prefix, $name, $role, $hash, $created)";
        insert.Parameters.AddWithValue("$prefix", prefix);
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$role", role.Name());
        insert.Parameters.AddWithValue("$hash", Hash(key));
        insert.Parameters.AddWithValue("$created", info.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        insert.ExecuteNonQuery();
        return (key, info);
    }

    public IReadOnlyList<ApiKeyInfo> List()
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT prefix, name, role, created_at FROM api_keys ORDER BY created_at";
        using var reader = select.ExecuteReader();
        var keys = new List<ApiKeyInfo>();
        while (reader.Read())
        {
            keys.Add(Read(reader));
        }
        return keys;
    }

    /// <summary>Deletes the keys with this name (the demo replaces its key on every run); returns how many.</summary>
    public int RemoveByName(string name)
    {
        using var connection = Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM api_keys WHERE name = $name";
        delete.Parameters.AddWithValue("$name", name);
        return delete.ExecuteNonQuery();
    }

    /// <summary>Deletes the key with this prefix; false when there is none.</summary>
    public bool Revoke(string prefix)
    {
        using var connection = Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM api_keys WHERE prefix = $prefix";
        delete.Parameters.AddWithValue("$prefix", prefix);
        return delete.ExecuteNonQuery() > 0;
    }

    /// <summary>The key's record when the presented key is valid, else null.</summary>
    public ApiKeyInfo? Verify(string presented)
    {
        var parts = presented.Split('_', 3);
        if (parts.Length != 3 || parts[0] != "sl" || parts[1].Length != 8)
        {
            return null;
        }
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT prefix, name, role, created_at, hash FROM api_keys WHERE prefix = $prefix";
        select.Parameters.AddWithValue("$prefix", parts[1]);
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var stored = (byte[])reader["hash"];
        return CryptographicOperations.FixedTimeEquals(stored, Hash(presented)) ? Read(reader) : null;
    }

    private static ApiKeyInfo Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ApiRoles.TryParse(reader.GetString(2), out var role) ? role : ApiRole.Viewer,
        DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS api_keys (
            prefix TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            hash BLOB NOT NULL,
            created_at TEXT NOT NULL)
        """;

    private SqliteConnection Open() => _database.Open();
}
