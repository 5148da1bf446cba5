using System.Security.Cryptography;

namespace SocialListening.Core.Privacy;

/// <summary>
/// Finds the author-pseudonymisation key: the SL_AUTHOR_KEY environment variable (base64), else a key file in the
/// data folder, created with 32 random bytes and owner-only permissions on first use. The key never lives in the
/// repository or the configuration file.
/// </summary>
public static class AuthorKeyStore
{
    public const string EnvironmentVariable = "SL_AUTHOR_KEY";

    public static byte[] Load(string dataDirectory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            try
            {
                return Convert.FromBase64String(fromEnvironment.Trim());
            }
            catch (FormatException)
            {
                throw new Configuration.SecretException($"{EnvironmentVariable} must be base64 (for example: openssl rand -base64 32).");
            }
        }

        var path = Path.Combine(dataDirectory, "secrets", "author.key");
        if (File.Exists(path))
        {
            return FromFile(path);
        }

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
}
