using System.Diagnostics;
using SocialListening.Core.Diagnostics;
using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

/// <summary>
/// Any index backend, traced and timed: each operation is an activity (sl.index.search, ...) and a sample of
/// sl.index.operation.duration tagged with the operation and its outcome. Query texts stay out of the traces: they
/// can name authors, and traces leave the process.
/// </summary>
public sealed class InstrumentedMentionIndex(IMentionIndex inner) : IMentionIndex
{
    public Task<WriteResult> WriteAsync(IReadOnlyList<Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken) =>
        TimeAsync("write", a => a?.SetTag("sl.mentions", mentions.Count), () => inner.WriteAsync(mentions, checkpoints, cancellationToken));

    public async Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) =>
        new InstrumentedBatch(await inner.BeginBatchAsync(cancellationToken).ConfigureAwait(false));

    public Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken) => inner.GetCheckpointsAsync(cancellationToken);

    public Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        TimeAsync("search", _ => { }, () => inner.SearchAsync(request, cancellationToken));

    public Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken) =>
        TimeAsync("aggregate", a => a?.SetTag("sl.group_by", request.GroupBy), () => inner.AggregateAsync(request, cancellationToken));

    public Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken) =>
        TimeAsync("delete", _ => { }, () => inner.DeleteAsync(filter, cancellationToken));

    public void Dispose() => inner.Dispose();

    // A batch's parts are operations "batch_add" and its commit "batch_commit" (tagged with the mentions of the whole batch).
    private sealed class InstrumentedBatch(IMentionBatch inner) : IMentionBatch
    {
        private int _mentions;

        public Task AddAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
        {
            _mentions += mentions.Count;
            return TimeAsync("batch_add", a => a?.SetTag("sl.mentions", mentions.Count), async () =>
            {
                await inner.AddAsync(mentions, cancellationToken).ConfigureAwait(false);
                return mentions.Count;
            });
        }

        public Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken) =>
            TimeAsync("batch_commit", a => a?.SetTag("sl.mentions", _mentions), () => inner.CommitAsync(checkpoints, cancellationToken));

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private static async Task<T> TimeAsync<T>(string operation, Action<Activity?> describe, Func<Task<T>> run)
    {
        using var activity = SlTelemetry.Source.StartActivity("sl.index." + operation);
        describe(activity);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            outcome = "error";
            SlTelemetry.Fail(activity, e);
            throw;
        }
        finally
        {
            SlTelemetry.IndexOperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
