using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>
/// The index reuses its Lucene field instances from one mention to the next: a mention must carry exactly its own
/// values, never one left over from the mention written before it (in the same batch or an earlier one).
/// </summary>
public sealed class FieldReuseTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sl-reuse-" + Guid.NewGuid().ToString("N"));

    private static Mention Rich => new()
    {
        Id = "rich",
        Source = "reviews",
        Title = "Zephyrtitle",
        Text = "Le réseau Mandarine coupe encore",
        Lang = "fr",
        Url = "https://example.com/rich",
        Author = "@rich",
        AuthorFollowers = 1234,
        PublishedAt = Day,
        CollectedAt = Day.AddHours(1),
        Likes = 40,
        Shares = 3,
        Replies = 2,
        Rating = 2,
        Enrichment = new Enrichment
        {
            Brands = ["mandarine", "kalix", "vireo"],
            Themes = ["network", "price"],
            Sentiment = Sentiment.Negative,
            SentimentScore = -0.8,
            Complaint = true,
            Risk = 0.9,
            StoryId = "story-1",
            Duplicate = false,
            Spam = false,
            ThemeSentiments = new Dictionary<string, Sentiment> { ["network"] = Sentiment.Negative },
        },
    };

    private static Mention Bare => new()
    {
        Id = "bare",
        Source = "mastodon",
        Text = "Plain words only",
        PublishedAt = Day.AddDays(1),
        Likes = 0,
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_mention_written_after_a_richer_one_carries_only_its_own_fields(bool sameBatch)
    {
        using var index = new LuceneMentionIndex(_folder);
        var brandless = Bare with { Id = "brandless", Enrichment = new Enrichment { Brands = ["kalix"] } };
        if (sameBatch)
        {
            await index.WriteAsync([Rich, brandless, Bare], null, CancellationToken.None);
        }
        else
        {
            await index.WriteAsync([Rich], null, CancellationToken.None);
            await index.WriteAsync([brandless], null, CancellationToken.None);
            await index.WriteAsync([Bare], null, CancellationToken.None);
        }

        foreach (var query in new[]
        {
            "zephyrtitle", "brand:mandarine", "brand:vireo", "theme:network", "theme:price", "sentiment:negative",
            "complaint:true", "story:story-1", "duplicate:false", "spam:false", "theme_sentiment:network\\:negative",
            "url:\"https://example.com/rich\"", "rating:[1 TO 5]", "risk:[0 TO 1]", "sentiment_score:[-1 TO 1]",
            "author_followers:[0 TO *]", "collected_at:[* TO *]", "lang:fr", "source:reviews", "likes:40",
        })
        {
            Assert.Equal(["rich"], await IdsAsync(index, query));
        }
        Assert.Equal(["brandless", "rich"], await IdsAsync(index, "brand:kalix"));
        Assert.Equal(["bare", "brandless"], await IdsAsync(index, "lang:und"));
        Assert.Equal(["bare", "brandless"], await IdsAsync(index, "plain"));
        Assert.Equal(["bare", "brandless"], await IdsAsync(index, "likes:0"));

        var brands = await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Brand), CancellationToken.None);
        Assert.Equal(["kalix:2", "mandarine:1", "vireo:1"], brands.Buckets.Select(b => $"{b.Key}:{b.Count}").Order());
        var sources = await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Source), CancellationToken.None);
        Assert.Equal(["mastodon:2", "reviews:1"], sources.Buckets.Select(b => $"{b.Key}:{b.Count}").Order());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<string[]> IdsAsync(IMentionIndex index, string query)
    {
        var page = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }) { Limit = 10 }, CancellationToken.None);
        return page.Hits.Select(h => h.Id).Order().ToArray();
    }
}
