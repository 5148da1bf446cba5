using SocialListening.Analysis.Aspects;
using SocialListening.Analysis.Tests.Sentiment;
using SocialListening.Core.Brands;
using SocialListening.Core.Mentions;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Tests.Aspects;

public sealed class AspectSentimentTests
{
    private static readonly BrandCatalog Catalog = new(
        [],
        [
            new Theme("network", "Réseau", ["réseau", "couverture", "débit"], ["network", "coverage", "signal"], ["réseau social"]),
            new Theme("customer-service", "Service client", ["service client", "conseiller*", "hotline"], ["customer service", "support", "agent"], []),
            new Theme("price", "Prix", ["prix", "forfait*", "factur*"], ["price*", "bill", "plan"], []),
        ],
        []);

    [Theory]
    [InlineData("Great network, awful customer service", "en", "network", "positive", "customer-service", "negative")]
    [InlineData("The network is terrible but the customer service was brilliant and so helpful", "en", "network", "negative", "customer-service", "positive")]
    [InlineData("Super réseau, mais service client nul", "fr", "network", "positive", "customer-service", "negative")]
    [InlineData("Le réseau est une catastrophe, par contre le conseiller était adorable et super efficace", "fr", "network", "negative", "customer-service", "positive")]
    [InlineData("Prix génial, mais la couverture est nulle", "fr", "price", "positive", "network", "negative")]
    public void Score_MixedMention_GivesEachThemeItsOwnSentiment(string text, string lang, string first, string firstSentiment, string second, string secondSentiment)
    {
        var aspects = new AspectSentiment(Catalog, ShippedModel.Sentiment);

        var scores = aspects.Score(text, lang);

        Assert.Equal(firstSentiment, scores[first].Name());
        Assert.Equal(secondSentiment, scores[second].Name());
    }

    [Fact]
    public void Contexts_ClauseWithoutTheme_BelongsToThePreviousThemeUnlessItOpensWithAContrast()
    {
        var aspects = new AspectSentiment(Catalog, ShippedModel.Sentiment);

        var contexts = aspects.Contexts("Le réseau, franchement, c'est nul. Mais le service client, rien à dire");

        Assert.Equal("Le réseau, franchement, c'est nul", contexts["network"]);
        Assert.Equal("le service client, rien à dire", contexts["customer-service"]);
    }

    [Theory]
    [InlineData("great network, awful support", 2)]
    [InlineData("réseau top mais support nul", 2)]
    [InlineData("on the other hand the signal is fine", 1)]
    [InlineData("réseau social : par contre rien", 2)]
    [InlineData("le réseau est top", 1)]
    public void Split_BreaksAtPunctuationAndContrastMarkers(string text, int clauses)
    {
        Assert.Equal(clauses, ClauseSplitter.Split(text).Count);
    }

    [Fact]
    public void Stage_FillsThemeSentiments_ForEveryThemeOfTheMention()
    {
        var stage = new AspectSentimentStage(Catalog, ShippedModel.Sentiment);
        var batch = new[]
        {
            new Mention
            {
                Id = "1", Source = "t", Text = "Great network, awful customer service", PublishedAt = DateTimeOffset.UnixEpoch, Lang = "en",
                Enrichment = new Enrichment { Themes = ["network", "customer-service"], Sentiment = SentimentLabel.Neutral },
            },
            new Mention
            {
                Id = "2", Source = "t", Text = "Love the plan", PublishedAt = DateTimeOffset.UnixEpoch, Lang = "en",
                Enrichment = new Enrichment { Themes = ["price"], Sentiment = SentimentLabel.Positive },
            },
        };

        stage.Enrich(batch);

        Assert.Equal(SentimentLabel.Positive, batch[0].Enrichment.ThemeSentiments["network"]);
        Assert.Equal(SentimentLabel.Negative, batch[0].Enrichment.ThemeSentiments["customer-service"]);
        Assert.Equal(SentimentLabel.Positive, batch[1].Enrichment.ThemeSentiments["price"]);
    }
}
