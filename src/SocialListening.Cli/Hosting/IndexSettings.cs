using SocialListening.Core.Configuration;
using SocialListening.Core.Index;
using SocialListening.Search.Elasticsearch;
using SocialListening.Search.Lucene;

namespace SocialListening.Cli.Hosting;

/// <summary>
/// The `index:` section of the configuration file, with environment overrides: which backend holds the mentions
/// (the embedded Lucene index by default, or an Elasticsearch cluster) and how to reach it. Secrets come only from
/// the environment or from files named here (kept outside the repository), never from the configuration file.
/// </summary>
public sealed class IndexSettings
{
    public const string BackendVariable = "SL_INDEX_BACKEND";
    public const string UrlVariable = "SL_ELASTICSEARCH_URL";
    public const string ApiKeyVariable = "SL_ELASTICSEARCH_API_KEY";
    public const string UsernameVariable = "SL_ELASTICSEARCH_USERNAME";
    public const string PasswordVariable = "SL_ELASTICSEARCH_PASSWORD";

    public string Backend { get; set; } = "lucene";
    public string? Url { get; set; }
    public string IndexPrefix { get; set; } = "sl";
    public string? ApiKeyFile { get; set; }
    public string? Username { get; set; }
    public string? PasswordFile { get; set; }
    public string? CaCertificate { get; set; }
    public bool InsecureSkipVerify { get; set; }
    public int Shards { get; set; } = 1;
    public int Replicas { get; set; } = 1;
    public string RefreshInterval { get; set; } = "1s";
    public bool RefreshAfterWrite { get; set; } = true;
    public int BulkBatchSize { get; set; } = 1_000;
    public QueryLimitSettings QueryLimits { get; set; } = new();

    /// <summary>Read only to refuse them: secrets written in the configuration file itself.</summary>
    public string? ApiKey { get; set; }

    public string? Password { get; set; }

    public static IMentionIndex Open(SlSettings settings)
    {
        var index = Load(settings.ConfigPath);
        var backend = (Environment.GetEnvironmentVariable(BackendVariable) ?? index.Backend).Trim().ToLowerInvariant();
        IMentionIndex opened = backend switch
        {
            "lucene" => new LuceneMentionIndex(settings.IndexDirectory, index.QueryLimits.ToLimits()),
            "elasticsearch" => OpenElasticsearch(index.Elasticsearch(settings.ConfigPath)),
            _ => throw new CliException($"index.backend: '{backend}' is not a backend; use lucene or elasticsearch.", 2),
        };
        return new InstrumentedMentionIndex(opened);
    }

    private static ElasticsearchMentionIndex OpenElasticsearch(ElasticsearchOptions options)
    {
        try
        {
            return new ElasticsearchMentionIndex(options);
        }
        catch (ArgumentException)
        {
            throw new CliException($"index.index_prefix: '{options.IndexPrefix}' is not a valid index name: use lower-case letters, digits, '-', '_' or '.', not starting with '-', '_' or '.'.", 2);
        }
    }

    public ElasticsearchOptions Elasticsearch(string? configPath)
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable) ?? Url
            ?? throw new CliException($"index.url: the Elasticsearch backend needs the cluster's address (index.url or {UrlVariable}).", 2);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"index.url: '{url}' is not an http(s) address such as https://localhost:9200.", 2);
        }
        if (ApiKey is not null || Password is not null)
        {
            throw new CliException($"index.{(ApiKey is not null ? "api_key" : "password")}: secrets are never read from the configuration file (it may be committed); use {(ApiKey is not null ? ApiKeyVariable : PasswordVariable)} or index.{(ApiKey is not null ? "api_key_file" : "password_file")} naming a file outside the repository.", 2);
        }
        if (Shards < 1 || Replicas < 0 || BulkBatchSize < 1)
        {
            throw new CliException("index: shards and bulk_batch_size must be at least 1, replicas at least 0.", 2);
        }
        return new ElasticsearchOptions
        {
            Url = uri,
            IndexPrefix = IndexPrefix,
            ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable) ?? Secret("index.api_key_file", ApiKeyFile, configPath),
            Username = Environment.GetEnvironmentVariable(UsernameVariable) ?? Username,
            Password = Environment.GetEnvironmentVariable(PasswordVariable) ?? Secret("index.password_file", PasswordFile, configPath),
            CaCertificatePath = CaCertificate is null ? null : Relative(CaCertificate, configPath),
            InsecureSkipVerify = InsecureSkipVerify,
            Shards = Shards,
            Replicas = Replicas,
            RefreshInterval = RefreshInterval,
            RefreshAfterWrite = RefreshAfterWrite,
            BulkBatchSize = BulkBatchSize,
            QueryLimits = QueryLimits.ToLimits(),
        };
    }

    private static IndexSettings Load(string? configPath)
    {
        if (configPath is null)
        {
            return new IndexSettings();
        }
        return ConfigurationFile.Read<Head?>(configPath, "index: ")?.Index ?? new IndexSettings();
    }

    private static string? Secret(string setting, string? file, string? configPath)
    {
        if (file is null)
        {
            return null;
        }
        try
        {
            return Secrets.ReadFile(setting, Relative(file, configPath));
        }
        catch (SecretException e)
        {
            throw new CliException(e.Message, 2);
        }
    }

    private static string Relative(string path, string? configPath) =>
        Path.IsPathRooted(path) || configPath is null ? path : Path.Combine(Path.GetDirectoryName(configPath)!, path);

    private sealed class Head
    {
        public IndexSettings? Index { get; set; }
    }
}
