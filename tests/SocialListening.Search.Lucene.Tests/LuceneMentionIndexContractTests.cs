using SocialListening.Core.Index;
using SocialListening.Search.Contract;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>The shared index contract, on Lucene.NET in a temporary folder.</summary>
public sealed class LuceneMentionIndexContractTests : MentionIndexContract
{
    protected override IMentionIndex Open(string folder) => new LuceneMentionIndex(folder);
}

/// <summary>
/// The shared index contract with batches kept and written at their commit (<see cref="BufferedMentionBatch"/>, what
/// Elasticsearch does), over Lucene, so that those batches are tested where no Elasticsearch server runs.
/// </summary>
public sealed class BufferedMentionBatchContractTests : MentionIndexContract
{
    protected override IMentionIndex Open(string folder) => new WithBufferedBatches(new LuceneMentionIndex(folder));

    private sealed class WithBufferedBatches(IMentionIndex inner) : IMentionIndex
    {
        public Task<WriteResult> WriteAsync(IReadOnlyList<Core.Mentions.Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken) =>
            inner.WriteAsync(mentions, checkpoints, cancellationToken);

        public Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) => Task.FromResult<IMentionBatch>(new BufferedMentionBatch(this));

        public Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken) => inner.GetCheckpointsAsync(cancellationToken);

        public Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken) => inner.SearchAsync(request, cancellationToken);

        public Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken) => inner.AggregateAsync(request, cancellationToken);

        public Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken) => inner.DeleteAsync(filter, cancellationToken);

        public void Dispose() => inner.Dispose();
    }
}
