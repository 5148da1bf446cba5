namespace SocialListening.Analysis.Sentiment.Azure;

/// <summary>Settings of the optional Azure AI Language sentiment provider (REST "Analyze Text", api-version 2023-04-01).</summary>
public sealed record AzureLanguageOptions
{
    /// <summary>The resource endpoint, e.g. https://NAME.cognitiveservices.azure.com (without /language).</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The resource key, sent as the Ocp-Apim-Subscription-Key header.</summary>
    public required string ApiKey { get; init; }

    public string ApiVersion { get; init; } = "2023-04-01";

    public string ModelVersion { get; init; } = "latest";

    /// <summary>Documents per request; the service accepts at most 10 for sentiment.</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>How many times a throttled (429) or unavailable (503) request is retried.</summary>
    public int MaxRetries { get; init; } = 3;
}
