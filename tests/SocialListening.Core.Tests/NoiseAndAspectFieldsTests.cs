using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Core.Tests;

public sealed class NoiseAndAspectFieldsTests
{
    [Fact]
    public void MentionJson_RoundTrips_ThemeSentimentsStoryDuplicateAndSpam()
    {
        var mention = new Mention
        {
            Id = "1", Source = "mastodon", Text = "Super réseau, mais service client nul", PublishedAt = DateTimeOffset.UnixEpoch,
            Enrichment = new Enrichment
            {
                ThemeSentiments = new Dictionary<string, Sentiment> { ["network"] = Sentiment.Positive, ["customer-service"] = Sentiment.Negative },
                StoryId = "mastodon/0",
                Duplicate = true,
                Spam = false,
            },
        };

        var json = MentionJson.Serialize(mention);
        var back = MentionJson.Deserialize(json);

        Assert.Contains("\"theme_sentiments\":{\"network\":\"positive\",\"customer-service\":\"negative\"}", json, StringComparison.Ordinal);
        Assert.Equal(Sentiment.Positive, back.Enrichment.ThemeSentiments["network"]);
        Assert.Equal(Sentiment.Negative, back.Enrichment.ThemeSentiments["customer-service"]);
        Assert.Equal("mastodon/0", back.Enrichment.StoryId);
        Assert.True(back.Enrichment.Duplicate);
        Assert.False(back.Enrichment.Spam);
    }

    [Fact]
    public void MentionJson_WithoutTheNewFields_ReadsEmptyAndNull()
    {
        var back = MentionJson.Deserialize("{\"id\":\"1\",\"source\":\"s\",\"text\":\"t\",\"published_at\":\"2026-11-18T18:00:00+01:00\"}");

        Assert.Empty(back.Enrichment.ThemeSentiments);
        Assert.Null(back.Enrichment.StoryId);
        Assert.Null(back.Enrichment.Duplicate);
        Assert.DoesNotContain("theme_sentiments", MentionJson.Serialize(back), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, "(brand:kalix) AND NOT duplicate:true AND NOT spam:true")]
    [InlineData(false, true, "(brand:kalix) AND NOT spam:true")]
    [InlineData(true, false, "(brand:kalix) AND NOT duplicate:true")]
    [InlineData(false, false, "brand:kalix")]
    public void NoiseExclusion_AddsTheExclusionsToTheQuery(bool duplicates, bool spam, string expected)
    {
        var filter = new NoiseExclusion(duplicates, spam).Apply(new MentionFilter { Query = "brand:kalix" });

        Assert.Equal(expected, filter.Query);
    }
}
