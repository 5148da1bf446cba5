using SocialListening.Analysis.Sentiment.Azure;
using SocialListening.Core.Configuration;

namespace SocialListening.Cli.Hosting;

/// <summary>
/// The optional `sentiment:` section: `provider: local` (default, the shipped model) or `provider: azure` with an
/// `endpoint`; the key comes from SL_AZURE_LANGUAGE_KEY or `api_key_file`, never from the configuration file.
/// </summary>
public static class SentimentProviderSettings
{
    public const string KeyVariable = "SL_AZURE_LANGUAGE_KEY";

    /// <summary>Azure's settings when the configuration selects it, else null (the local model only).</summary>
    public static AzureLanguageOptions? Azure(string? configPath)
    {
        if (configPath is null)
        {
            return null;
        }
        var section = ConfigurationFile.Read<Document?>(configPath, "sentiment: ")?.Sentiment;
        var provider = section?.Provider?.Trim().ToLowerInvariant() ?? "local";
        if (provider == "local")
        {
            return null;
        }
        if (provider != "azure")
        {
            throw new CliException($"{configPath}: sentiment.provider '{section!.Provider}' is not 'local' or 'azure'.", 2);
        }
        if (!Uri.TryCreate(section!.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            throw new CliException($"{configPath}: sentiment.endpoint must be the Azure AI Language endpoint URL (https://NAME.cognitiveservices.azure.com/).", 2);
        }
        if (section.ApiKey is not null || section.Key is not null)
        {
            throw new CliException($"{configPath}: sentiment: the key is never read from the configuration file (it may be committed); set {KeyVariable} or name a file outside the repository with sentiment.api_key_file.", 2);
        }
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key) && section.ApiKeyFile is { } file)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath))!, file);
            key = File.Exists(path) ? Secrets.ReadFile($"{configPath}: sentiment.api_key_file", path) : throw new CliException($"{configPath}: sentiment.api_key_file '{path}' does not exist.", 2);
        }
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new CliException($"{configPath}: sentiment.provider is azure but no key: set {KeyVariable} or sentiment.api_key_file.", 2);
        }
        return new AzureLanguageOptions { Endpoint = endpoint, ApiKey = key };
    }

    private sealed class Document
    {
        public Section? Sentiment { get; set; }
    }

    private sealed class Section
    {
        public string? Provider { get; set; }
        public string? Endpoint { get; set; }
        public string? ApiKeyFile { get; set; }

        /// <summary>Read only to refuse it: a key written in the configuration file.</summary>
        public string? ApiKey { get; set; }

        public string? Key { get; set; }
    }
}
