using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace SocialListening.Ingestion.Http;

/// <summary>
/// The only way crawlers reach the network: a descriptive User-Agent, robots.txt, per-host pacing, retries with
/// Retry-After or exponential back-off and jitter on 429/5xx/timeouts, size limits, and redirects followed by hand
/// so every hop is checked again (scheme, robots.txt, and the address it connects to).
/// </summary>
public sealed class PoliteHttpClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly CrawlerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RobotsCache _robots;

    /// <param name="options">Politeness, limits and which private hosts may be reached.</param>
    /// <param name="time">Clock of the throttle and back-off.</param>
    /// <param name="logger">Where retries and refusals are logged.</param>
    /// <param name="resolve">Name resolution (the system's DNS when null); every address it returns is checked.</param>
    public PoliteHttpClient(CrawlerOptions options, TimeProvider time, ILogger<PoliteHttpClient> logger, GuardedConnector.Resolver? resolve = null)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _client = new HttpClient(GuardedConnector.CreateHandler(options, resolve)) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgentHeader);
        Throttle = new HostThrottle(options, time);
        _robots = new RobotsCache(_client, options, time);
    }

    public HostThrottle Throttle { get; }

    public async Task<HttpFetch> GetAsync(Uri uri, ConditionalHeaders conditional, string accept, CancellationToken cancellationToken)
    {
        if (_options.ContactUrl is null)
        {
            throw new CrawlException("crawler.contact_url is required before crawling: site owners must be able to reach the operator.");
        }
        var current = uri;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            CheckTarget(current);
            var robots = await _robots.GetAsync(current, cancellationToken).ConfigureAwait(false);
            if (!robots.IsAllowed(current.PathAndQuery))
            {
                throw new CrawlException($"{current}: disallowed by robots.txt for {_options.UserAgent}.");
            }
            var response = await SendWithRetriesAsync(current, conditional, accept, robots.CrawlDelay, cancellationToken).ConfigureAwait(false);
            if (response.Location is { } location)
            {
                _logger.LogDebug("{Uri} redirects to {Location}", current, location);
                current = location;
                continue;
            }
            return response.Fetch;
        }
        throw new CrawlException($"{uri}: more than {_options.MaxRedirects} redirects.");
    }

    private void CheckTarget(Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CrawlException($"{uri}: only http and https are crawled.");
        }
        // Literal addresses are refused before any request (robots.txt included); names are checked when resolved.
        if (!_options.MayBePrivate(uri.IdnHost) && IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && !AddressGuard.IsPublic(address))
        {
            throw new BlockedAddressException(uri.Host, $"{address} is not a public address");
        }
    }

    private async Task<(HttpFetch Fetch, Uri? Location)> SendWithRetriesAsync(Uri uri, ConditionalHeaders conditional, string accept, TimeSpan? crawlDelay, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            string reason;
            HttpStatusCode? status = null;
            using (await Throttle.EnterAsync(uri.Authority, crawlDelay, cancellationToken).ConfigureAwait(false))
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.Timeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd(accept);
                if (conditional.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (conditional.LastModified is { } modified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                }
                try
                {
                    using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    var code = (int)response.StatusCode;
                    if (code is 301 or 302 or 303 or 307 or 308)
                    {
                        return response.Headers.Location is { } location
                            ? (Empty(response, uri), new Uri(uri, location))
                            : throw new CrawlException($"{uri}: redirect without a Location.", response.StatusCode);
                    }
                    if (response.StatusCode == HttpStatusCode.NotModified)
                    {
                        return (Empty(response, uri), null);
                    }
                    if (response.IsSuccessStatusCode)
                    {
                        var body = await HttpBody.ReadAsync(response, _options.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
                        return (new HttpFetch(response.StatusCode, body, response.Headers.ETag?.ToString(), LastModified(response), uri, response.Content.Headers.ContentType?.MediaType), null);
                    }
                    if (code != 429 && code < 500)
                    {
                        throw new CrawlException($"{uri}: HTTP {code} {response.ReasonPhrase}.", response.StatusCode);
                    }
                    status = response.StatusCode;
                    reason = $"HTTP {code}";
                    delay = RetryAfter(response.Headers.RetryAfter) ?? Backoff(attempt);
                }
                catch (HttpRequestException e) when (e.InnerException is BlockedAddressException blocked)
                {
                    throw blocked;
                }
                catch (HttpRequestException e)
                {
                    reason = e.Message;
                    delay = Backoff(attempt);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    reason = $"no response within {_options.Timeout.TotalSeconds:0} s";
                    delay = Backoff(attempt);
                }
            }
            if (attempt >= _options.MaxRetries)
            {
                throw new CrawlException($"{uri}: {reason}, still failing after {attempt + 1} attempts.", status);
            }
            if (delay > _options.MaxBackoff)
            {
                // The host asked for a longer pause than a run should block for: hold the host back and let a later
                // scheduled run try again.
                Throttle.Defer(uri.Authority, delay);
                throw new CrawlException($"{uri}: {reason}, asked to retry after {delay.TotalSeconds:0} s.", status);
            }
            _logger.LogInformation("{Uri}: {Reason}; retry {Attempt} in {Delay} ms", uri, reason, attempt + 1, (long)delay.TotalMilliseconds);
            Throttle.Defer(uri.Authority, delay);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    // Exponential back-off with "equal jitter": half the step is fixed, half random, so retries from many sources
    // do not arrive in lockstep yet never retry immediately.
    private TimeSpan Backoff(int attempt)
    {
        var step = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.BaseBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
    }

    private static HttpFetch Empty(HttpResponseMessage response, Uri uri) =>
        new(response.StatusCode, [], response.Headers.ETag?.ToString(), LastModified(response), uri, null);

    private static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _client.Dispose();
}
