namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// Where the Elasticsearch cluster is and how to talk to it. Secrets (<see cref="ApiKey"/>, <see cref="Password"/>)
/// come from the environment or a file outside the repository, never from the configuration file itself.
/// </summary>
public sealed record ElasticsearchOptions
{
    /// <summary>The cluster's HTTP endpoint, for example https://es.example.org:9200.</summary>
    public required Uri Url { get; init; }

    /// <summary>Prefix of every index, alias and template name: PREFIX-mentions, PREFIX-checkpoints. Lower case.</summary>
    public string IndexPrefix { get; init; } = "sl";

    /// <summary>An encoded API key (the "encoded" value Elasticsearch returns), sent as "Authorization: ApiKey ...".</summary>
    public string? ApiKey { get; init; }

    /// <summary>Basic authentication user, used when no API key is given.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>PEM file of the certificate authority that signed the cluster's certificate (self-managed clusters).</summary>
    public string? CaCertificatePath { get; init; }

    /// <summary>Accept any server certificate. For a throw-away local cluster only.</summary>
    public bool InsecureSkipVerify { get; init; }

    /// <summary>Mentions per _bulk request.</summary>
    public int BulkBatchSize { get; init; } = 1_000;

    /// <summary>How many times a request (or the failed items of a bulk request) is retried after a 429 or 503.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First back-off delay; it doubles at each retry, up to 30 seconds.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Refresh the index once at the end of each write, so that what was written is searchable when the call returns
    /// (the Lucene backend's behaviour). Turn off for bulk loads and rely on the index refresh interval instead.
    /// </summary>
    public bool RefreshAfterWrite { get; init; } = true;

    /// <summary>Index setting refresh_interval of new indexes: "1s" (the Elasticsearch default), "30s" for heavy imports.</summary>
    public string RefreshInterval { get; init; } = "1s";

    public int Shards { get; init; } = 1;

    public int Replicas { get; init; } = 1;

    /// <summary>
    /// How long a point in time stays open between two pages of a search. Kept short because a reader who stops
    /// paging leaves it open until then; a page asked for later goes on over the live index from the same place.
    /// </summary>
    public TimeSpan PointInTimeKeepAlive { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// What one query may cost: length, nesting, clauses and wildcard expansions are checked before the query is sent;
    /// the time limit is sent as the search's timeout and enforced on this side too.
    /// </summary>
    public Core.Index.QueryLimits QueryLimits { get; init; } = Core.Index.QueryLimits.Default;
}
