using System.Collections.Concurrent;

namespace SocialListening.Ingestion.Http;

/// <summary>
/// Spaces the requests to each host (rate limit, or the site's Crawl-delay when longer) and caps how many are in
/// flight at once, across every source sharing the client.
/// </summary>
public sealed class HostThrottle(CrawlerOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, TimeSpan? crawlDelay, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot(Math.Max(1, options.PerHostConcurrency)));
        await slot.Concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var interval = TimeSpan.FromSeconds(1 / Math.Max(0.001, options.PerHostRps));
            if (crawlDelay > interval)
            {
                interval = crawlDelay.Value;
            }
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var next = slot.Next > now ? slot.Next : now;
                slot.Next = next + interval;
                wait = next - now;
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            return new Release(slot.Concurrency);
        }
        catch
        {
            slot.Concurrency.Release();
            throw;
        }
    }

    /// <summary>Holds a host back after it answered 429 or 503 with Retry-After, for every source.</summary>
    public void Defer(string host, TimeSpan delay)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot(Math.Max(1, options.PerHostConcurrency)));
        lock (slot)
        {
            var until = time.GetUtcNow() + delay;
            if (until > slot.Next)
            {
                slot.Next = until;
            }
        }
    }

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency, concurrency);
        public DateTimeOffset Next { get; set; }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
