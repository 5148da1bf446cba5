namespace SocialListening.Ingestion.Http;

/// <summary>How the crawlers behave on the network (the <c>crawler:</c> section of the configuration file).</summary>
public sealed record CrawlerOptions
{
    /// <summary>Product token sent in the User-Agent, followed by the contact URL.</summary>
    public string UserAgent { get; init; } = "SocialListeningBot/1.0";

    /// <summary>Where a site owner can reach the operator; required to crawl, sent in the User-Agent.</summary>
    public string? ContactUrl { get; init; }

    /// <summary>Lets crawlers reach loopback, private, link-local and similar addresses (tests, intranet sources).</summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Host names (as written in URLs) allowed to be private even when <see cref="AllowPrivateNetworks"/> is off.</summary>
    public IReadOnlyList<string> AllowedPrivateHosts { get; init; } = [];

    public bool MayBePrivate(string host) =>
        AllowPrivateNetworks || AllowedPrivateHosts.Contains(host.Trim('[', ']'), StringComparer.OrdinalIgnoreCase);

    /// <summary>Requests per second to one host, across all sources.</summary>
    public double PerHostRps { get; init; } = 1;

    /// <summary>Requests in flight to one host at once.</summary>
    public int PerHostConcurrency { get; init; } = 2;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A response body larger than this is refused.</summary>
    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Retries after a 429, a 5xx, a timeout or a connection failure.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; doubles on each retry, with jitter, capped by <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    public int MaxRedirects { get; init; } = 5;

    public bool RespectRobotsTxt { get; init; } = true;

    /// <summary>Consecutive failed runs after which a source's circuit opens.</summary>
    public int BreakerThreshold { get; init; } = 3;

    /// <summary>How long an open circuit skips its source's runs before one trial run.</summary>
    public TimeSpan BreakerCooldown { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The User-Agent header: product token and contact URL, as site owners expect from a polite bot.</summary>
    public string UserAgentHeader => ContactUrl is null ? UserAgent : $"{UserAgent} (+{ContactUrl})";
}
