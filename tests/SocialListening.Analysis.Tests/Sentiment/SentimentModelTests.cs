using SocialListening.Analysis.Sentiment;
using SocialListening.Core.Mentions;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

public class SentimentModelTests
{
    [Theory]
    [InlineData("Je suis très déçu, service nul et inadmissible", "fr", SentimentLabel.Negative)]
    [InlineData("Toujours pas de livraison, c'est une honte 😡", "fr", SentimentLabel.Negative)]
    [InlineData("Merci beaucoup, super expérience, je recommande !", "fr", SentimentLabel.Positive)]
    [InlineData("Bravo à toute l'équipe, c'est génial 😍", "fr", SentimentLabel.Positive)]
    [InlineData("This is the worst service ever, I hate it", "en", SentimentLabel.Negative)]
    [InlineData("Terrible delay again, so disappointed", "en", SentimentLabel.Negative)]
    [InlineData("I love this, amazing job, thank you!", "en", SentimentLabel.Positive)]
    [InlineData("Great news, so happy and excited :)", "en", SentimentLabel.Positive)]
    public void ShippedModel_ClassifiesClearExamples(string text, string language, SentimentLabel expected)
    {
        var prediction = ShippedModel.Sentiment.Predict(text, language);

        Assert.Equal(expected, prediction.Label);
        Assert.Equal(language, prediction.Language);
        Assert.Equal(1f, prediction.Negative + prediction.Neutral + prediction.Positive, 3);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("und")]
    [InlineData("de")]
    public void UnknownLanguages_UseTheJointClassifier(string? language)
    {
        Assert.Equal(SentimentModel.AnyLanguage, ShippedModel.Sentiment.Predict("great, love it", language).Language);
    }

    [Fact]
    public void RegionalCodes_UseTheirLanguage()
    {
        Assert.Equal("fr", ShippedModel.Sentiment.ClassifierLanguage("fr-CA"));
    }

    [Fact]
    public void PredictBatch_MatchesSinglePredictions()
    {
        string[] texts = ["service nul", "merci, top !", "The meeting is at 3pm"];
        string?[] languages = ["fr", "fr", "en"];

        var batch = ShippedModel.Sentiment.PredictBatch(texts, languages);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(ShippedModel.Sentiment.Predict(texts[i], languages[i]), batch[i]);
        }
    }

    [Fact]
    public void PredictBatch_OnSeveralThreads_MatchesOneThread()
    {
        string[] samples = ["service nul", "merci, top !", "The meeting is at 3pm", "I love it", "pas terrible du tout"];
        var texts = Enumerable.Range(0, 3000).Select(i => samples[i % samples.Length] + " " + i).ToArray();
        var languages = texts.Select((_, i) => i % 3 == 0 ? "en" : "fr").ToArray<string?>();

        Assert.Equal(ShippedModel.Sentiment.PredictBatch(texts, languages), ShippedModel.Sentiment.PredictBatch(texts, languages, 4));
    }

    [Fact]
    public void Explain_ReturnsTheWordsThatPushedTheLabel()
    {
        var explanation = ShippedModel.Sentiment.Explain("Je suis vraiment déçu, c'est nul", "fr", top: 5);

        Assert.Equal(SentimentLabel.Negative, explanation.Prediction.Label);
        Assert.InRange(explanation.Terms.Count, 1, 5);
        Assert.True(explanation.Terms[0].Weight > 0);
        Assert.Contains(explanation.Terms, t => t.Term is "decu" or "nul" or "LEX_NEG");
        Assert.Equal(explanation.Terms.OrderByDescending(t => Math.Abs(t.Weight)).ToList(), explanation.Terms);
    }

    [Fact]
    public void SentimentStage_FillsLabelAndScore()
    {
        var stage = new SentimentStage(ShippedModel.Sentiment);
        Mention[] batch =
        [
            new() { Id = "1", Source = "test", Text = "Service client nul, je suis très déçu", Lang = "fr", PublishedAt = DateTimeOffset.UnixEpoch },
            new() { Id = "2", Source = "test", Text = "Amazing support, thank you so much!", Lang = "en", PublishedAt = DateTimeOffset.UnixEpoch },
        ];

        stage.Enrich(batch);

        Assert.Equal(SentimentLabel.Negative, batch[0].Enrichment.Sentiment);
        Assert.True(batch[0].Enrichment.SentimentScore < 0);
        Assert.Equal(SentimentLabel.Positive, batch[1].Enrichment.Sentiment);
        Assert.InRange(batch[1].Enrichment.SentimentScore!.Value, 0.0, 1.0);
    }

    [Theory]
    [InlineData(false, SentimentLabel.Positive)]
    [InlineData(true, SentimentLabel.Negative)]
    public void SentimentStage_KeepsAGivenSentiment_UnlessToldToOverwrite(bool overwrite, SentimentLabel expected)
    {
        var stage = new SentimentStage(ShippedModel.Sentiment, overwrite);
        Mention[] batch =
        [
            new()
            {
                Id = "1", Source = "test", Text = "Service client nul, je suis très déçu", Lang = "fr", PublishedAt = DateTimeOffset.UnixEpoch,
                Enrichment = Enrichment.Empty with { Sentiment = SentimentLabel.Positive },
            },
        ];

        stage.Enrich(batch);

        Assert.Equal(expected, batch[0].Enrichment.Sentiment);
    }
}
