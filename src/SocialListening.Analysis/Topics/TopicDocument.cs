using SocialListening.Core.Mentions;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Topics;

/// <summary>What topic discovery needs of a mention.</summary>
public sealed record TopicDocument(string Text, DateTimeOffset PublishedAt, string? Lang, SentimentLabel? Sentiment, IReadOnlyList<string> Themes)
{
    public static TopicDocument From(Mention m) => new(
        string.IsNullOrEmpty(m.Title) ? m.Text : m.Title + ". " + m.Text, m.PublishedAt, m.Lang, m.Enrichment.Sentiment, m.Enrichment.Themes);
}
