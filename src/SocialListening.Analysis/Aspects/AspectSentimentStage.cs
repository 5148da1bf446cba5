using SocialListening.Core.Analysis;
using SocialListening.Core.Brands;
using SocialListening.Core.Mentions;
using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Aspects;

/// <summary>
/// Fills Enrichment.ThemeSentiments for the mentions on two themes or more, from the clauses around each theme's
/// terms. A mention on one theme takes its overall sentiment for it. Run after the theme matcher and sentiment.
/// Thread-safe.
/// </summary>
public sealed class AspectSentimentStage(BrandCatalog catalog, SentimentModel model) : IEnrichmentStage
{
    private readonly AspectSentiment _aspects = new(catalog, model);

    public void Enrich(Mention[] batch)
    {
        for (var i = 0; i < batch.Length; i++)
        {
            var mention = batch[i];
            var themes = mention.Enrichment.Themes;
            if (themes.Count == 0)
            {
                continue;
            }
            var result = new Dictionary<string, Core.Mentions.Sentiment>(StringComparer.Ordinal);
            var scored = themes.Count > 1
                ? _aspects.Score(string.IsNullOrEmpty(mention.Title) ? mention.Text : mention.Title + ". " + mention.Text, mention.Lang)
                : new Dictionary<string, Core.Mentions.Sentiment>();
            foreach (var theme in themes)
            {
                if (scored.TryGetValue(theme, out var sentiment))
                {
                    result[theme] = sentiment;
                }
                else if (mention.Enrichment.Sentiment is { } overall)
                {
                    result[theme] = overall;
                }
            }
            batch[i] = mention with { Enrichment = mention.Enrichment with { ThemeSentiments = result } };
        }
    }
}
