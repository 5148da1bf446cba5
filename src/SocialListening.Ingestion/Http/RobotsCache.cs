using System.Collections.Concurrent;
using System.Net;

namespace SocialListening.Ingestion.Http;

/// <summary>robots.txt per origin, fetched once a day through the same guarded handler as every other request.</summary>
public sealed class RobotsCache(HttpClient client, CrawlerOptions options, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Expires)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsTxt> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (!options.RespectRobotsTxt)
        {
            return RobotsTxt.AllowAll;
        }
        var origin = uri.GetLeftPart(UriPartial.Authority);
        if (_cache.TryGetValue(origin, out var cached) && cached.Expires > time.GetUtcNow())
        {
            return cached.Rules;
        }
        var rules = await FetchAsync(new Uri(origin + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        _cache[origin] = (rules, time.GetUtcNow() + Lifetime);
        return rules;
    }

    private async Task<RobotsTxt> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            // Redirects are not followed here (RFC 9309 allows it, but each hop would need the same checks):
            // a robots.txt that moved is treated as missing.
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var text = await HttpBody.ReadAsync(response, 512 * 1024, timeout.Token).ConfigureAwait(false);
                return RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(text), options.UserAgent);
            }
            // RFC 9309: 4xx means no rules; 5xx means the site is off limits until robots.txt can be read, so this run
            // stops (and nothing is cached: the next run asks again).
            return (int)response.StatusCode is >= 500
                ? throw new CrawlException($"{uri}: HTTP {(int)response.StatusCode}; not crawling the site until its robots.txt can be read.", response.StatusCode)
                : RobotsTxt.AllowAll;
        }
        catch (HttpRequestException e) when (e.InnerException is BlockedAddressException blocked)
        {
            throw blocked;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CrawlException($"{uri} could not be fetched ({e.Message}); not crawling the site until it can.", inner: e);
        }
    }
}
