using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch;

internal sealed record EsResponse(HttpStatusCode Status, JsonNode? Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

/// <summary>
/// Sends one REST request and reads its JSON answer. A whole request refused with 429 (too many requests) or 503
/// (cluster busy) is sent again after an exponential back-off; other errors become an <see cref="ElasticsearchException"/>
/// unless the caller says it expects that status (404 of a missing index, for example).
/// </summary>
internal sealed class EsTransport(HttpClient http, ElasticsearchOptions options, TimeProvider time)
{
    private readonly System.Net.Http.Headers.AuthenticationHeaderValue? _authorization = ElasticsearchHttp.Authorization(options);

    public const string Json = "application/json";
    public const string NdJson = "application/x-ndjson";

    public async Task<EsResponse> SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken,
        IEnumerable<(string Name, string Value)>? parameters = null, string contentType = Json, params HttpStatusCode[] accepted)
    {
        var uri = BuildUri(path, parameters);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Accept.ParseAdd(Json);
            request.Headers.Authorization = _authorization;
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            }
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new ElasticsearchException($"Cannot reach Elasticsearch at {options.Url}: {e.Message}", null, e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ElasticsearchException($"{method} {path} timed out after {http.Timeout.TotalSeconds:0} s.", null, e);
            }
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (IsBusy(response.StatusCode) && attempt < options.MaxRetries)
                {
                    await Backoff.DelayAsync(options, attempt, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                var json = Parse(text);
                var result = new EsResponse(response.StatusCode, json);
                if (result.IsSuccess || accepted.Contains(response.StatusCode))
                {
                    return result;
                }
                throw new ElasticsearchException($"Elasticsearch refused {method} {path}: {(int)response.StatusCode} {Reason(json, text)}", response.StatusCode);
            }
        }
    }

    public static bool IsBusy(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>"type: reason" of an error body, the root cause when there is one.</summary>
    public static string Reason(JsonNode? json, string fallback = "")
    {
        var error = json?["error"];
        if (error is JsonValue)
        {
            return error.ToString();
        }
        var cause = error?["root_cause"]?.AsArray().FirstOrDefault() ?? error;
        return cause is null
            ? (fallback.Length > 300 ? fallback[..300] : fallback)
            : $"{cause["type"]}: {cause["reason"]}";
    }

    private Uri BuildUri(string path, IEnumerable<(string Name, string Value)>? parameters)
    {
        var builder = new StringBuilder(options.Url.AbsoluteUri.TrimEnd('/')).Append(path);
        var separator = '?';
        foreach (var (name, value) in parameters ?? [])
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return new Uri(builder.ToString());
    }

    private static JsonNode? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
