namespace SocialListening.Core.Configuration;

/// <summary>
/// Where secrets may come from: the environment, or a file outside any git repository. A configuration file may be
/// committed, so a secret written in it, or in a file of the same repository, is refused with a message saying where
/// to put it instead.
/// </summary>
public static class Secrets
{
    /// <summary>The trimmed content of a secret file named by <paramref name="setting"/>.</summary>
    public static string ReadFile(string setting, string path)
    {
        var full = Path.GetFullPath(path);
        if (RepositoryOf(full) is { } repository)
        {
            throw new SecretException($"{setting}: '{full}' is inside the git repository {repository}, where it could be committed; keep secret files outside any repository (for example /etc/sl/) or use the environment variable.");
        }
        try
        {
            var secret = File.ReadAllText(full).Trim();
            return secret.Length > 0 ? secret : throw new SecretException($"{setting}: '{full}' is empty.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SecretException($"{setting}: cannot read '{full}': {e.Message}");
        }
    }

    /// <summary>The nearest folder above <paramref name="path"/> holding a .git entry (a repository or a worktree), if any.</summary>
    public static string? RepositoryOf(string path)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder;
            }
        }
        return null;
    }

    /// <summary>
    /// Why a webhook URL written in a configuration file is a secret, or null when it holds none: user info, a query
    /// (tokens, signatures), or the address of a service whose webhook URL is itself the credential.
    /// </summary>
    public static string? InWebhookUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost.ToLowerInvariant();
        return url.UserInfo.Length > 0 ? "it holds a user name or password"
            : url.Query.Length > 1 ? "its query string can carry a token or signature"
            : host == "hooks.slack.com" ? "a Slack webhook URL is the credential itself"
            : host.EndsWith(".webhook.office.com", StringComparison.Ordinal) || host == "outlook.office.com" ? "a Teams webhook URL is the credential itself"
            : host is "discord.com" or "discordapp.com" && url.AbsolutePath.StartsWith("/api/webhooks", StringComparison.Ordinal) ? "a Discord webhook URL is the credential itself"
            : host.EndsWith(".logic.azure.com", StringComparison.Ordinal) ? "an Azure Logic Apps trigger URL is the credential itself"
            : null;
    }
}

/// <summary>A secret is missing, unreadable, or kept where it could be committed.</summary>
public sealed class SecretException(string message) : Exception(message);
