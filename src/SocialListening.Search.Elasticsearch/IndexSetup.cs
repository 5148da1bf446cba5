using System.Net;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// Before the first write: puts the index template (so every index behind the alias gets the analysis and the
/// mappings), then creates the first mentions index with its alias, and the checkpoints index, when they do not
/// exist. Safe to race with another writer: "already exists" is success. Reads never create anything.
/// </summary>
internal sealed class IndexSetup(EsTransport transport, IndexNames names, ElasticsearchOptions options) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }
            await transport.SendAsync(HttpMethod.Put, $"/_index_template/{names.Template}", IndexTemplate.Create(names, options).ToJsonString(), cancellationToken).ConfigureAwait(false);
            await CreateIfMissingAsync(names.Mentions, names.FirstMentionsIndex, IndexTemplate.FirstIndex(names), cancellationToken).ConfigureAwait(false);
            await CreateIfMissingAsync(names.Checkpoints, names.Checkpoints, IndexTemplate.Checkpoints(options), cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task CreateIfMissingAsync(string name, string index, JsonObject body, CancellationToken cancellationToken)
    {
        var exists = await transport.SendAsync(HttpMethod.Head, $"/{name}", null, cancellationToken, accepted: HttpStatusCode.NotFound).ConfigureAwait(false);
        if (exists.IsSuccess)
        {
            return;
        }
        var created = await transport.SendAsync(HttpMethod.Put, $"/{index}", body.ToJsonString(), cancellationToken,
            [("wait_for_active_shards", "1")], accepted: HttpStatusCode.BadRequest).ConfigureAwait(false);
        if (!created.IsSuccess && created.Body?["error"]?["type"]?.GetValue<string>() != "resource_already_exists_exception")
        {
            throw new ElasticsearchException($"Cannot create index {index}: {EsTransport.Reason(created.Body)}", created.Status);
        }
    }
}
