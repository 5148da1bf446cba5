using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

/// <summary>
/// One commit of the index written in parts (<see cref="IMentionIndex.BeginBatchAsync"/>): a large import hands each
/// chunk over as soon as it is analysed, so that the backend indexes it while the next chunk is analysed, and commits
/// them all at once with their checkpoints. Nothing added is visible or durable before <see cref="CommitAsync"/>;
/// disposing the batch without committing it discards everything added. Dispose it in every case (<c>await using</c>).
/// </summary>
public interface IMentionBatch : IAsyncDisposable
{
    /// <summary>Adds or replaces mentions (identity: source and id), counted in the commit's result. The list may be
    /// reused once the task has completed.</summary>
    Task AddAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken);

    /// <summary>
    /// Commits every mention added and, in the same atomic commit, the checkpoints <paramref name="checkpoints"/>
    /// returns for the result (as <see cref="IMentionIndex.WriteAsync"/>). The batch is finished afterwards.
    /// </summary>
    Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken);
}
