using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

/// <summary>
/// The mention index: the one store every reader (CLI, API, dashboards) queries. Lucene.NET embedded is the default;
/// Elasticsearch implements the same port. Every implementation passes the shared contract test suite.
/// </summary>
public interface IMentionIndex : IDisposable
{
    /// <summary>
    /// Adds or replaces mentions (identity: source and id) and, in the same atomic commit, sets the checkpoints that
    /// <paramref name="checkpoints"/> returns for the write's result (a null value removes one). After a crash,
    /// either the whole batch and its checkpoints are visible, or neither.
    /// </summary>
    Task<WriteResult> WriteAsync(IReadOnlyList<Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken);

    /// <summary>
    /// Starts one commit written in parts (<see cref="IMentionBatch"/>): what <see cref="WriteAsync"/> does for one
    /// list, for mentions handed over as they come. A backend may make other writes wait until the batch is
    /// committed or disposed, so keep a batch no longer than its commit takes to gather.
    /// </summary>
    Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken);

    /// <summary>The checkpoints of the last commit (import positions, crawler cursors).</summary>
    Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken);

    /// <summary>One page of mentions matching the filter, newest first by default, with a cursor for the next page.</summary>
    Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Counts of the matching mentions grouped by a keyword field or a date interval, optionally split by a second keyword field.</summary>
    Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes every mention matching the filter (erasure, retention) and returns how many were deleted.</summary>
    Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken);
}
