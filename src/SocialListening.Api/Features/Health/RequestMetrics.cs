using System.Collections.Concurrent;
using System.Diagnostics;

namespace SocialListening.Api.Features.Health;

/// <summary>Request counts and latency per route and status, kept in memory for /metrics.</summary>
public sealed class RequestMetrics
{
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Route, string Method, int Status), long> _counts = new();
    private readonly ConcurrentDictionary<string, Histogram> _latency = new();

    public sealed class Histogram
    {
        public long[] Counts { get; } = new long[Buckets.Length];
        public long Total;
        public double Sum;
    }

    public void Record(string route, string method, int status, double seconds)
    {
        _counts.AddOrUpdate((route, method, status), 1, (_, n) => n + 1);
        var histogram = _latency.GetOrAdd(route, _ => new Histogram());
        lock (histogram)
        {
            for (var i = 0; i < Buckets.Length; i++)
            {
                if (seconds <= Buckets[i])
                {
                    histogram.Counts[i]++;
                }
            }
            histogram.Total++;
            histogram.Sum += seconds;
        }
    }

    public IReadOnlyDictionary<(string Route, string Method, int Status), long> Counts => _counts;

    public IReadOnlyDictionary<string, Histogram> Latency => _latency;

    public static Func<HttpContext, Func<Task>, Task> Middleware(RequestMetrics metrics) => async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? (context.Response.StatusCode == 404 ? "unmatched" : "static");
            metrics.Record(route, context.Request.Method, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    };
}
