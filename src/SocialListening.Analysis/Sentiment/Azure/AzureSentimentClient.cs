using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Sentiment.Azure;

/// <summary>
/// Scores sentiment with Azure AI Language instead of the local model: POST {endpoint}/language/:analyze-text,
/// kind SentimentAnalysis, ten documents per call. "mixed" becomes the most probable of the three classes.
/// A document the service rejects (too long, unsupported language) gets null, the others still get their scores.
/// Throttling (429) and 503 are retried after Retry-After (or one second, doubling).
/// </summary>
public sealed class AzureSentimentClient(HttpClient http, AzureLanguageOptions options)
{
    private const int MaxTextElements = 5120;

    public async Task<IReadOnlyList<SentimentPrediction?>> AnalyzeAsync(IReadOnlyList<string> texts, IReadOnlyList<string?> languages,
        CancellationToken cancellationToken)
    {
        if (texts.Count != languages.Count)
        {
            throw new ArgumentException("There must be one language per text.", nameof(languages));
        }
        var results = new SentimentPrediction?[texts.Count];
        var size = Math.Clamp(options.BatchSize, 1, 10);
        for (var start = 0; start < texts.Count; start += size)
        {
            var count = Math.Min(size, texts.Count - start);
            var documents = Enumerable.Range(start, count)
                .Select(i => new RequestDocument(i.ToString(CultureInfo.InvariantCulture), Language(languages[i]), Truncate(texts[i])))
                .ToList();
            var response = await SendAsync(new Request("SentimentAnalysis", new RequestParameters(options.ModelVersion), new RequestInput(documents)), cancellationToken);
            foreach (var document in response.Results?.Documents ?? [])
            {
                if (int.TryParse(document.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= start && index < start + count
                    && document.ConfidenceScores is { } scores)
                {
                    results[index] = ToPrediction(document.Sentiment, scores, languages[index]);
                }
            }
        }
        return results;
    }

    private async Task<Response> SendAsync(Request request, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.Endpoint, $"language/:analyze-text?api-version={Uri.EscapeDataString(options.ApiVersion)}");
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 0; ; attempt++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(request) };
            message.Headers.Add("Ocp-Apim-Subscription-Key", options.ApiKey);
            using var response = await http.SendAsync(message, cancellationToken);
            if ((response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) && attempt < options.MaxRetries)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? delay, cancellationToken);
                delay *= 2;
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new HttpRequestException($"Azure AI Language answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
            }
            return await response.Content.ReadFromJsonAsync<Response>(cancellationToken)
                ?? throw new HttpRequestException("Azure AI Language sent an empty answer.");
        }
    }

    private static SentimentPrediction ToPrediction(string? sentiment, Scores scores, string? language)
    {
        var label = sentiment switch
        {
            "negative" => SentimentLabel.Negative,
            "neutral" => SentimentLabel.Neutral,
            "positive" => SentimentLabel.Positive,
            _ => scores.Positive >= scores.Negative && scores.Positive >= scores.Neutral ? SentimentLabel.Positive
                : scores.Negative >= scores.Neutral ? SentimentLabel.Negative : SentimentLabel.Neutral,
        };
        return new SentimentPrediction(label, (float)scores.Negative, (float)scores.Neutral, (float)scores.Positive, language ?? "azure");
    }

    private static string? Language(string? language) =>
        string.IsNullOrWhiteSpace(language) || language == "und" ? null : language;

    // The service counts text elements (StringInfo), not UTF-16 units, and rejects longer documents.
    private static string Truncate(string text)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= MaxTextElements ? text : info.SubstringByTextElements(0, MaxTextElements);
    }

    private sealed record Request(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("parameters")] RequestParameters Parameters,
        [property: JsonPropertyName("analysisInput")] RequestInput AnalysisInput);

    private sealed record RequestParameters([property: JsonPropertyName("modelVersion")] string ModelVersion);

    private sealed record RequestInput([property: JsonPropertyName("documents")] List<RequestDocument> Documents);

    private sealed record RequestDocument(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language,
        [property: JsonPropertyName("text")] string Text);

    private sealed record Response([property: JsonPropertyName("results")] ResponseResults? Results);

    private sealed record ResponseResults([property: JsonPropertyName("documents")] List<ResponseDocument>? Documents);

    private sealed record ResponseDocument(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("sentiment")] string? Sentiment,
        [property: JsonPropertyName("confidenceScores")] Scores? ConfidenceScores);

    private sealed record Scores(
        [property: JsonPropertyName("negative")] double Negative,
        [property: JsonPropertyName("neutral")] double Neutral,
        [property: JsonPropertyName("positive")] double Positive);
}
