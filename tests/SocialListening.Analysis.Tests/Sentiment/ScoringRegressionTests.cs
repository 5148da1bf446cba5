using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

/// <summary>
/// The shipped model's probabilities for texts that exercise every feature (elisions, negation and its end,
/// hashtags split or not, emoji with skin tones, emoticons, @mentions, links and the bare "http", elongation,
/// capitals, escapes and entities), as the scorer gave them before its speed-ups of round 3 (commit 6d40df9).
/// A speed-up that changes what the scorer computes, not just how, fails here.
/// </summary>
public class ScoringRegressionTests
{
    [Theory]
    [InlineData("fr", "L'appli ne marche PAS du tout, c'est nuuuul #TresDecu 😡 @SNCF https://t.co/abc", 0.789604f, 0.12870586f, 0.081690155f)]
    [InlineData("fr", "J’adore ce service !!! Merci @Orange 👍🏽 :)", 0.21912135f, 0.04694121f, 0.73393744f)]
    [InlineData("fr", "Ce n'est pas mal du tout, franchement pas déçu... mais la livraison ? jamais arrivée", 0.8551347f, 0.10154491f, 0.043320373f)]
    [InlineData("fr", "Aujourd'hui rien ne va : colis perdu, SAV injoignable &amp; aucun remboursement :(", 0.7703045f, 0.16692372f, 0.062771745f)]
    [InlineData("fr", "Qu'il est BEAU ce nouveau forfait 😍😍 #Fail2Day #SNCFVraiment http", 0.3181295f, 0.2443642f, 0.4375063f)]
    [InlineData("en", "I don't like this at all, never again!!! @united #WorstAirlineEver 😤", 0.9786632f, 0.008475376f, 0.012861365f)]
    [InlineData("en", "Not bad, actually pretty good :D <3 http://example.com/x?y=1", 0.060805317f, 0.044482805f, 0.89471185f)]
    [InlineData("en", "Sooooo HAPPY with the new update \\u2019s features, thanks @Apple 🙏", 0.010575102f, 0.16862378f, 0.82080114f)]
    [InlineData("en", "@user the app keeps crashing... can't even log in, but support was nice", 0.32849425f, 0.07442417f, 0.5970816f)]
    [InlineData("en", "Meh. 12 hours on hold, 3 calls, no answer :/ #fail", 0.90959114f, 0.079192884f, 0.0112160025f)]
    [InlineData("und", "Service client au top, livraison rapide, merci ! great job", 0.0014264641f, 0.0014605646f, 0.997113f)]
    public void Predict_GivesTheProbabilitiesOfTheScorerBeforeItsSpeedUps(string language, string text, float negative, float neutral, float positive)
    {
        var model = ShippedModel.Sentiment;

        // Twice: the second time the words come from the scorer's memory.
        foreach (var prediction in new[] { model.Predict(text, language), model.Predict(text, language) })
        {
            Assert.Equal(negative, prediction.Negative, 1e-6f);
            Assert.Equal(neutral, prediction.Neutral, 1e-6f);
            Assert.Equal(positive, prediction.Positive, 1e-6f);
        }
    }
}
