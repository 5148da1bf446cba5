using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch;

/// <summary>One line pair of a _bulk request: index a document (or delete it when <see cref="Document"/> is null).</summary>
internal sealed record BulkAction(string Index, string Id, JsonObject? Document, bool RequireAlias = false)
{
    /// <summary>What to name the item in a report (source/id of a mention, name of a checkpoint).</summary>
    public (string Source, string Id) Label { get; init; } = ("", Id);
}

internal sealed record BulkFailure(BulkAction Action, int Status, string Reason);

internal sealed record BulkOutcome(int Created, int Updated, IReadOnlyList<BulkFailure> Rejected);

/// <summary>
/// Sends actions through _bulk. The items the cluster refused because it was busy (429, 503) are sent again, and only
/// those, after a growing delay; items refused for any other reason are reported, never retried. Refresh is left to
/// the caller (refresh=false), which keeps imports fast.
/// </summary>
internal sealed class BulkWriter(EsTransport transport, ElasticsearchOptions options, TimeProvider time)
{
    public async Task<BulkOutcome> WriteAsync(IReadOnlyList<BulkAction> actions, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0;
        var rejected = new List<BulkFailure>();
        var pending = actions;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            if (attempt > 0)
            {
                await Backoff.DelayAsync(options, attempt - 1, time, cancellationToken).ConfigureAwait(false);
            }
            var response = await transport.SendAsync(HttpMethod.Post, "/_bulk", Body(pending), cancellationToken,
                [("refresh", "false")], EsTransport.NdJson).ConfigureAwait(false);
            var items = response.Body?["items"]?.AsArray();
            if (items is null || items.Count != pending.Count)
            {
                throw new ElasticsearchException($"Elasticsearch answered a _bulk request of {pending.Count} actions with {items?.Count ?? 0} items.");
            }
            var retry = new List<BulkAction>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i]!.AsObject().First().Value!;
                var status = item["status"]!.GetValue<int>();
                var action = pending[i];
                if (status is >= 200 and < 300 || (action.Document is null && status == 404))
                {
                    switch (item["result"]?.GetValue<string>())
                    {
                        case "created":
                            created++;
                            break;
                        case "updated":
                            updated++;
                            break;
                    }
                }
                else if (EsTransport.IsBusy((HttpStatusCode)status) && attempt < options.MaxRetries)
                {
                    retry.Add(action);
                }
                else
                {
                    rejected.Add(new BulkFailure(action, status, EsTransport.Reason(item)));
                }
            }
            pending = retry;
        }
        return new BulkOutcome(created, updated, rejected);
    }

    /// <summary>The NDJSON body: an action line, then the document line for an index action; a final newline.</summary>
    public static string Body(IEnumerable<BulkAction> actions)
    {
        var body = new StringBuilder();
        foreach (var action in actions)
        {
            var meta = new JsonObject { ["_index"] = action.Index, ["_id"] = action.Id };
            if (action.RequireAlias)
            {
                meta["require_alias"] = true;
            }
            body.Append(new JsonObject { [action.Document is null ? "delete" : "index"] = meta }.ToJsonString(EsDocument.Json)).Append('\n');
            if (action.Document is not null)
            {
                body.Append(action.Document.ToJsonString(EsDocument.Json)).Append('\n');
            }
        }
        return body.ToString();
    }
}
