namespace SocialListening.Core.Mentions;

/// <summary>
/// Field names shared by the import formats, the query language and the index backends, so that
/// `brand:mandarine` means the same thing in a CSV header, a query and an Elasticsearch mapping.
/// </summary>
public static class MentionFields
{
    public const string Id = "id";
    public const string Source = "source";
    public const string Url = "url";
    public const string Author = "author";
    public const string AuthorFollowers = "author_followers";
    public const string Title = "title";
    public const string Text = "text";
    public const string Lang = "lang";
    public const string PublishedAt = "published_at";
    public const string CollectedAt = "collected_at";
    public const string Likes = "likes";
    public const string Shares = "shares";
    public const string Replies = "replies";
    public const string Rating = "rating";
    public const string Brand = "brand";
    public const string Theme = "theme";
    public const string Sentiment = "sentiment";
    public const string SentimentScore = "sentiment_score";
    public const string Complaint = "complaint";
    public const string Stage = "stage";
    public const string Risk = "risk";
    public const string ThemeSentiment = "theme_sentiment";
    public const string Story = "story";
    public const string Duplicate = "duplicate";
    public const string Spam = "spam";

    /// <summary>Fields that hold exact values (facets, filters): compared lower-cased and without accents.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Source, Author, Lang, Brand, Theme, Sentiment, Complaint, Stage, Url,
        ThemeSentiment, Story, Duplicate, Spam,
    };

    /// <summary>Numeric fields that take ranges such as <c>likes:[100 TO *]</c>.</summary>
    public static readonly IReadOnlySet<string> Numbers = new HashSet<string>(StringComparer.Ordinal)
    {
        AuthorFollowers, Likes, Shares, Replies, Rating, Risk, SentimentScore,
    };

    /// <summary>Date fields that take ranges of ISO dates such as <c>published_at:[2026-11-01 TO 2026-11-07]</c>.</summary>
    public static readonly IReadOnlySet<string> Dates = new HashSet<string>(StringComparer.Ordinal)
    {
        PublishedAt, CollectedAt,
    };
}
