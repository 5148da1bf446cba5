using SocialListening.Core.Analysis;

namespace SocialListening.Analysis.Language;

/// <summary>Fills <c>Mention.Lang</c> with the detected language when the source gave none (null, empty or "und").</summary>
public sealed class LanguageStage(LanguageDetector detector) : IEnrichmentStage
{
    public void Enrich(Core.Mentions.Mention[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Length; i++)
        {
            var mention = batch[i];
            if (string.IsNullOrWhiteSpace(mention.Lang) || mention.Lang == LanguageDetector.Undetermined)
            {
                var text = string.IsNullOrWhiteSpace(mention.Title) ? mention.Text : mention.Title + ". " + mention.Text;
                batch[i] = mention with { Lang = detector.Detect(text) };
            }
        }
    }
}
