using System.Net;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// The mention index on an Elasticsearch 8 or 9 cluster, over its REST API. Mentions live behind the alias
/// PREFIX-mentions (index template PREFIX-mentions, first index PREFIX-mentions-000001); checkpoints are documents of
/// PREFIX-checkpoints written after the batch they belong to, and only when every mention of it was accepted.
/// The first write creates the template and indexes; reads of a cluster with no index answer with nothing.
/// </summary>
public sealed class ElasticsearchMentionIndex : IMentionIndex
{
    private readonly ElasticsearchOptions _options;
    private readonly IndexNames _names;
    private readonly EsTransport _transport;
    private readonly BulkWriter _bulk;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly IndexSetup _setup;

    /// <param name="options">Cluster address, credentials, index prefix.</param>
    /// <param name="http">The client to send requests with; one is built from the options when null (and disposed with the index).</param>
    /// <param name="time">Clock for back-off delays.</param>
    public ElasticsearchMentionIndex(ElasticsearchOptions options, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.QueryLimits.Invalid() is { } invalid)
        {
            throw new ArgumentException($"Query limits: {invalid}.", nameof(options));
        }
        _options = options;
        _names = IndexNames.From(options.IndexPrefix);
        _ownsHttp = http is null;
        _http = http ?? ElasticsearchHttp.CreateClient(options);
        _transport = new EsTransport(_http, options, time ?? TimeProvider.System);
        _bulk = new BulkWriter(_transport, options, time ?? TimeProvider.System);
        _setup = new IndexSetup(_transport, _names, options);
    }

    /// <summary>The alias every read and write goes through.</summary>
    public string Alias => _names.Mentions;

    public async Task<WriteResult> WriteAsync(IReadOnlyList<Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        await _setup.EnsureAsync(cancellationToken).ConfigureAwait(false);
        int added = 0, replaced = 0;
        var rejected = new List<RejectedMention>();
        foreach (var chunk in mentions.Chunk(Math.Max(1, _options.BulkBatchSize)))
        {
            var actions = chunk.Select(m => new BulkAction(_names.Mentions, EsDocument.Id(m.Key.ToString()), EsDocument.Create(m), RequireAlias: true)
            {
                Label = (m.Source, m.Id),
            }).ToArray();
            var outcome = await _bulk.WriteAsync(actions, cancellationToken).ConfigureAwait(false);
            added += outcome.Created;
            replaced += outcome.Updated;
            rejected.AddRange(outcome.Rejected.Select(f => new RejectedMention(f.Action.Label.Source, f.Action.Label.Id, f.Status, f.Reason)));
        }
        var written = new List<string> { _names.Mentions };
        if (rejected.Count > 0)
        {
            await RefreshAsync(written, cancellationToken).ConfigureAwait(false);
            throw new ElasticsearchBulkException(rejected);
        }

        var result = new WriteResult(added, replaced);
        var changes = checkpoints?.Invoke(result);
        if (changes is { Count: > 0 })
        {
            var actions = changes.Select(c => new BulkAction(_names.Checkpoints, EsDocument.Id(c.Key),
                c.Value is null ? null : new JsonObject { ["name"] = c.Key, ["value"] = c.Value }) { Label = ("checkpoint", c.Key) }).ToArray();
            var outcome = await _bulk.WriteAsync(actions, cancellationToken).ConfigureAwait(false);
            if (outcome.Rejected.Count > 0)
            {
                var first = outcome.Rejected[0];
                throw new ElasticsearchException($"The batch was indexed but its checkpoints were not stored ({first.Action.Label.Id}: {first.Status} {first.Reason}); the next import repeats it, which replaces the same mentions.");
            }
            written.Add(_names.Checkpoints);
        }
        await RefreshAsync(written, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>A batch is one bulk write at its commit (<see cref="BufferedMentionBatch"/>): Elasticsearch has no
    /// commit that a batch's parts could wait for, so they are sent together.</summary>
    public Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) => Task.FromResult<IMentionBatch>(new BufferedMentionBatch(this));

    public async Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["size"] = 10_000,
            ["query"] = new JsonObject { ["match_all"] = new JsonObject() },
            ["sort"] = new JsonArray(new JsonObject { ["name"] = new JsonObject { ["order"] = "asc" } }),
        };
        var response = await SearchOrMissingAsync($"/{_names.Checkpoints}/_search", body, cancellationToken).ConfigureAwait(false);
        var checkpoints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hit in Hits(response))
        {
            if (hit["_source"]?["name"]?.GetValue<string>() is { } name && hit["_source"]?["value"]?.GetValue<string>() is { } value)
            {
                checkpoints[name] = value;
            }
        }
        return checkpoints;
    }

    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryDsl.Build(request.Filter, _options.QueryLimits);
        var limit = Math.Clamp(request.Limit, 0, 10_000);
        var cursor = request.Cursor is null ? null : EsCursor.Decode(request.Cursor);
        var pit = cursor is null ? (limit > 0 ? await OpenPointInTimeAsync(cancellationToken).ConfigureAwait(false) : null) : cursor.PointInTime;
        if (cursor is null && limit > 0 && pit is null)
        {
            return new SearchPage(0, [], null);
        }

        JsonNode? response = null;
        if (pit is not null)
        {
            var body = SearchBody.Create(query, request.Sort, limit, cursor?.After, pit, _options.PointInTimeKeepAlive);
            var answer = await WithinTimeAsync(request.Filter.Query, body,
                ct => _transport.SendAsync(HttpMethod.Post, "/_search", body.ToJsonString(), ct, accepted: HttpStatusCode.NotFound), cancellationToken).ConfigureAwait(false);
            // A point in time that expired between two pages: go on over the live index from the same sort values.
            response = answer.IsSuccess ? answer.Body : null;
            pit = answer.IsSuccess ? answer.Body?["pit_id"]?.GetValue<string>() ?? pit : null;
        }
        if (response is null)
        {
            var body = SearchBody.Create(query, request.Sort, limit, cursor?.OwnSortValues(), null, _options.PointInTimeKeepAlive);
            response = await LimitedSearchAsync(request.Filter.Query, body, cancellationToken).ConfigureAwait(false);
        }

        var hits = Hits(response).ToArray();
        var mentions = hits.Select(h => EsDocument.Read(h["_source"]!)).ToArray();
        var total = response?["hits"]?["total"]?["value"]?.GetValue<long>() ?? 0;
        string? next = null;
        if (limit > 0 && hits.Length == limit && hits[^1]["sort"] is JsonArray sort)
        {
            next = new EsCursor(pit, (JsonArray)sort.DeepClone()).Encode();
        }
        else if (pit is not null)
        {
            await ClosePointInTimeAsync(pit, cancellationToken).ConfigureAwait(false);
        }
        return new SearchPage(total, mentions, next);
    }

    public async Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = Aggregations.Body(request, _options.QueryLimits);
        var response = await LimitedSearchAsync(request.Filter.Query, body, cancellationToken).ConfigureAwait(false);
        return Aggregations.Read(request, response);
    }

    public async Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["query"] = QueryDsl.Build(filter, _options.QueryLimits) };
        // refresh=true: a mention erased on request must disappear from searches as soon as the call returns.
        var response = await _transport.SendAsync(HttpMethod.Post, $"/{_names.Mentions}/_delete_by_query", body.ToJsonString(), cancellationToken,
            [("conflicts", "proceed"), ("refresh", "true"), ("slices", "auto"), ("wait_for_completion", "true")], accepted: HttpStatusCode.NotFound).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return 0;
        }
        if (response.Body?["failures"] is JsonArray { Count: > 0 } failures)
        {
            throw new ElasticsearchException($"Delete by query failed on {failures.Count} mention(s): {EsTransport.Reason(new JsonObject { ["error"] = failures[0]?["cause"]?.DeepClone() })}");
        }
        return response.Body?["deleted"]?.GetValue<long>() ?? 0;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
        _setup.Dispose();
    }

    private async Task RefreshAsync(IReadOnlyList<string> indexes, CancellationToken cancellationToken)
    {
        if (_options.RefreshAfterWrite)
        {
            await _transport.SendAsync(HttpMethod.Post, $"/{string.Join(',', indexes)}/_refresh", null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> OpenPointInTimeAsync(CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(HttpMethod.Post, $"/{_names.Mentions}/_pit", null, cancellationToken,
            [("keep_alive", SearchBody.Duration(_options.PointInTimeKeepAlive))], accepted: HttpStatusCode.NotFound).ConfigureAwait(false);
        return response.IsSuccess ? response.Body?["id"]?.GetValue<string>() : null;
    }

    private async Task ClosePointInTimeAsync(string pit, CancellationToken cancellationToken) =>
        await _transport.SendAsync(HttpMethod.Delete, "/_pit", new JsonObject { ["id"] = pit }.ToJsonString(), cancellationToken,
            accepted: HttpStatusCode.NotFound).ConfigureAwait(false);

    private async Task<JsonNode?> LimitedSearchAsync(string userQuery, JsonObject body, CancellationToken cancellationToken)
    {
        var response = await WithinTimeAsync(userQuery, body,
            ct => _transport.SendAsync(HttpMethod.Post, $"/{_names.Mentions}/_search", body.ToJsonString(), ct, accepted: HttpStatusCode.NotFound), cancellationToken).ConfigureAwait(false);
        return response.IsSuccess ? response.Body : null;
    }

    /// <summary>
    /// A search within the time limit: the cluster is told the limit (it then stops and says timed_out), and this side
    /// stops waiting a little later in case the cluster cannot answer at all.
    /// </summary>
    private async Task<EsResponse> WithinTimeAsync(string userQuery, JsonObject body, Func<CancellationToken, Task<EsResponse>> send, CancellationToken cancellationToken)
    {
        var limits = _options.QueryLimits;
        body["timeout"] = ((long)Math.Ceiling(limits.Timeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "ms";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout + ClientGrace);
        EsResponse response;
        try
        {
            response = await send(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw limits.TimedOut(userQuery);
        }
        if (response.Body?["timed_out"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
        {
            // Partial results would give wrong counts: a search that ran out of time fails.
            throw limits.TimedOut(userQuery);
        }
        return response;
    }

    /// <summary>How much longer than the query's own limit this side waits for the cluster's answer.</summary>
    private static readonly TimeSpan ClientGrace = TimeSpan.FromSeconds(5);

    /// <summary>A search whose index may not exist yet (nothing written): then the answer is null, read as empty.</summary>
    private async Task<JsonNode?> SearchOrMissingAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(HttpMethod.Post, path, body.ToJsonString(), cancellationToken, accepted: HttpStatusCode.NotFound).ConfigureAwait(false);
        return response.IsSuccess ? response.Body : null;
    }

    private static IEnumerable<JsonNode> Hits(JsonNode? response) =>
        response?["hits"]?["hits"]?.AsArray().Where(h => h is not null).Select(h => h!) ?? [];
}
