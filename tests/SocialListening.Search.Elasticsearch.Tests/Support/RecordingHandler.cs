using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch.Tests.Support;

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization)
{
    public string Path => Uri.AbsolutePath;

    public IReadOnlyList<(string Name, string Value)> Parameters =>
        Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .ToArray();

    public JsonNode? Json => Body is null ? null : JsonNode.Parse(Body);

    /// <summary>The JSON lines of an NDJSON (_bulk) body.</summary>
    public IReadOnlyList<JsonObject> Lines => (Body ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();

    public override string ToString() => $"{Method} {Uri.PathAndQuery}";
}

/// <summary>
/// Stands in for the cluster's HTTP endpoint: records every request the backend sends and answers it with
/// <paramref name="respond"/>, so tests can look at exactly what would go over the wire.
/// </summary>
internal sealed class RecordingHandler(Func<RecordedRequest, (HttpStatusCode Status, string? Body)> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToArray();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString());
        lock (_lock)
        {
            _requests.Add(recorded);
        }
        var (status, answer) = respond(recorded);
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(request.Method == HttpMethod.Head ? "" : answer ?? "", Encoding.UTF8, "application/json"),
        };
    }
}
