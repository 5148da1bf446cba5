using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Sentiment.Azure;

/// <summary>
/// Replaces the local model's sentiment with Azure AI Language's where the service answers; a document it rejects
/// (too long, unsupported language) keeps the local score, so the local stage must run first.
/// </summary>
public sealed class AzureSentimentStage(AzureSentimentClient client) : IEnrichmentStage
{
    public void Enrich(Mention[] batch)
    {
        var texts = batch.Select(m => string.IsNullOrEmpty(m.Title) ? m.Text : m.Title + "\n" + m.Text).ToList();
        var languages = batch.Select(m => m.Lang).ToList();
        // The enrichment port is synchronous and runs on pipeline worker threads (no synchronisation context),
        // so waiting here blocks one worker for the duration of the HTTP calls and cannot deadlock.
        var predictions = client.AnalyzeAsync(texts, languages, CancellationToken.None).GetAwaiter().GetResult();
        for (var i = 0; i < batch.Length; i++)
        {
            if (predictions[i] is { } p)
            {
                batch[i] = batch[i] with { Enrichment = batch[i].Enrichment with { Sentiment = p.Label, SentimentScore = Math.Round(p.Score, 4) } };
            }
        }
    }
}
