using System.Globalization;
using System.Security.Cryptography;

namespace SocialListening.Core.Privacy;

/// <summary>
/// Finds the author-pseudonymisation key: the SL_AUTHOR_KEY environment variable (base64), else a key file in the
/// data folder, created with 32 random bytes and owner-only permissions on first use. The key never lives in the
/// repository or the configuration file. Keys retired by a rotation stay readable (SL_AUTHOR_KEYS_RETIRED, or the
/// <c>author.key.retired-*</c> files beside the key) so erasure and export still find older mentions.
/// </summary>
public static class AuthorKeyStore
{
    public const string EnvironmentVariable = "SL_AUTHOR_KEY";

    public const string RetiredEnvironmentVariable = "SL_AUTHOR_KEYS_RETIRED";

    private const string RetiredPrefix = "author.key.retired-";

    public static string KeyPath(string dataDirectory) => Path.Combine(dataDirectory, "secrets", "author.key");

    public static byte[] Load(string dataDirectory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Decode(fromEnvironment, EnvironmentVariable);
        }

        var path = KeyPath(dataDirectory);
        if (File.Exists(path))
        {
            return FromFile(path);
        }
        return WriteNew(path);
    }

    /// <summary>The current key and every retired one, newest retired first.</summary>
    public static AuthorKeyRing LoadRing(string dataDirectory)
    {
        var retired = new List<byte[]>();
        var fromEnvironment = Environment.GetEnvironmentVariable(RetiredEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            retired.AddRange(fromEnvironment.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(k => Decode(k, RetiredEnvironmentVariable)));
        }
        var folder = Path.GetDirectoryName(KeyPath(dataDirectory))!;
        if (Directory.Exists(folder))
        {
            // The file names carry the rotation time, so the ordinal order is the chronological one.
            retired.AddRange(Directory.GetFiles(folder, RetiredPrefix + "*").OrderDescending(StringComparer.Ordinal)
                .Select(FromFile));
        }
        return new AuthorKeyRing(new AuthorPseudonymiser(Load(dataDirectory)), [.. retired.Select(k => new AuthorPseudonymiser(k))]);
    }

    /// <summary>
    /// Retires the key file (renamed <c>author.key.retired-TIME</c>, still owner-only) and writes a new one; returns the
    /// retired file's path. A key given in SL_AUTHOR_KEY is the operator's to rotate: this refuses and says how.
    /// </summary>
    public static string Rotate(string dataDirectory, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            throw new InvalidOperationException(
                $"The author key comes from {EnvironmentVariable}: rotate it there. Append its current value to {RetiredEnvironmentVariable} " +
                $"(comma-separated) and set {EnvironmentVariable} to a new key (openssl rand -base64 32), then restart the service.");
        }
        var path = KeyPath(dataDirectory);
        if (!File.Exists(path))
        {
            Load(dataDirectory);
        }
        var retired = Path.Combine(Path.GetDirectoryName(path)!, RetiredPrefix + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture));
        File.Move(path, retired);
        WriteNew(path);
        return retired;
    }

    private static byte[] WriteNew(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs so both agree.
            return FromFile(path);
        }
        return key;
    }

    private static byte[] FromFile(string path)
    {
        try
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            // Never make a new key here: every pseudonym already in the index would stop matching its author.
            throw new Configuration.SecretException($"{path} is not a base64 key; restore it from a backup (a new key would break every existing pseudonym).");
        }
    }

    private static byte[] Decode(string value, string variable)
    {
        try
        {
            return Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new Configuration.SecretException($"{variable} must be base64 (for example: openssl rand -base64 32).");
        }
    }
}
