namespace SocialListening.Search.Elasticsearch;

/// <summary>Exponential back-off for requests the cluster refused because it was busy: 1, 2, 4... times the first delay, at most 30 s.</summary>
internal static class Backoff
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    public static TimeSpan Delay(ElasticsearchOptions options, int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.InitialBackoff.Ticks * factor, Ceiling.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    public static Task DelayAsync(ElasticsearchOptions options, int attempt, TimeProvider time, CancellationToken cancellationToken)
    {
        var delay = Delay(options, attempt);
        return delay == TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
    }
}
