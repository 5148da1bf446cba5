using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Scores the sentiment of each mention in a batch with the classifier of its language (Mention.Lang, so run the
/// language stage first) and fills Enrichment.Sentiment and SentimentScore (P(positive) - P(negative)).
/// A mention that already has a sentiment (given by its source) keeps it unless <paramref name="overwrite"/>.
/// A batch is scored on up to <paramref name="degreeOfParallelism"/> threads (large batches only).
/// Thread-safe: the model is immutable and each call scores with its own buffers.
/// </summary>
public sealed class SentimentStage(SentimentModel model, bool overwrite = false, int degreeOfParallelism = 1) : IEnrichmentStage
{
    public void Enrich(Mention[] batch)
    {
        var predictions = Predict(batch);
        for (var i = 0; i < batch.Length; i++)
        {
            if (batch[i].Enrichment.Sentiment is not null && !overwrite)
            {
                continue;
            }
            batch[i] = batch[i] with
            {
                Enrichment = batch[i].Enrichment with { Sentiment = predictions[i].Label, SentimentScore = Math.Round(predictions[i].Score, 4) },
            };
        }
    }

    /// <summary>The full predictions (the three probabilities) of a batch, without changing it.</summary>
    public SentimentPrediction[] Predict(IReadOnlyList<Mention> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var texts = new string[batch.Count];
        var languages = new string?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var mention = batch[i];
            texts[i] = string.IsNullOrWhiteSpace(mention.Title) ? mention.Text : mention.Title + ". " + mention.Text;
            languages[i] = mention.Lang;
        }
        return model.PredictBatch(texts, languages, degreeOfParallelism);
    }
}
