using SocialListening.Core.Mentions;

namespace SocialListening.Core.Index;

/// <summary>
/// A batch for a backend that writes a commit in one request (Elasticsearch's bulk API): the mentions added are kept
/// and written by one <see cref="IMentionIndex.WriteAsync"/> at the commit; disposed before, they are dropped.
/// </summary>
public sealed class BufferedMentionBatch(IMentionIndex index) : IMentionBatch
{
    private readonly List<Mention> _mentions = [];
    private bool _finished;

    public Task AddAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ObjectDisposedException.ThrowIf(_finished, this);
        _mentions.AddRange(mentions);
        return Task.CompletedTask;
    }

    public async Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        var result = await index.WriteAsync(_mentions, checkpoints, cancellationToken).ConfigureAwait(false);
        _mentions.Clear();
        return result;
    }

    public ValueTask DisposeAsync()
    {
        _finished = true;
        _mentions.Clear();
        return ValueTask.CompletedTask;
    }
}
