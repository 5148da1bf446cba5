using System.Collections.Concurrent;

namespace SocialListening.Ingestion.Http;

/// <summary>
/// One circuit per source: after <see cref="CrawlerOptions.BreakerThreshold"/> failed runs in a row the source is
/// skipped for <see cref="CrawlerOptions.BreakerCooldown"/>, then one trial run decides whether it closes again. A
/// broken source thus stops hammering its host and filling the log, without stopping the others.
/// </summary>
public sealed class CircuitBreaker(CrawlerOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>When the circuit of <paramref name="source"/> opened, or null when runs may proceed.</summary>
    public DateTimeOffset? OpenUntil(string source)
    {
        if (!_states.TryGetValue(source, out var state))
        {
            return null;
        }
        lock (state)
        {
            return state.OpenUntil is { } until && until > time.GetUtcNow() ? until : null;
        }
    }

    public void Succeeded(string source) => _states.TryRemove(source, out _);

    public void Failed(string source)
    {
        var state = _states.GetOrAdd(source, _ => new State());
        lock (state)
        {
            state.Failures++;
            if (state.Failures >= options.BreakerThreshold)
            {
                state.OpenUntil = time.GetUtcNow() + options.BreakerCooldown;
            }
        }
    }

    private sealed class State
    {
        public int Failures { get; set; }
        public DateTimeOffset? OpenUntil { get; set; }
    }
}
