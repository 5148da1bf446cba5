using SocialListening.Analysis.Stages;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Mentions;
using SocialListening.Analysis.Tests.Complaints;

namespace SocialListening.Analysis.Tests.Stages;

public class JourneyStageStageTests
{
    private static readonly Lazy<TextClassifier> Model = new(() => TextClassifier.Load(ShippedModels.Path("stage")));

    [Theory]
    [InlineData("Where is my order? The tracking has not moved", JourneyStage.AfterSales)]
    [InlineData("Où en est ma commande ? Le suivi ne bouge plus", JourneyStage.AfterSales)]
    [InlineData("How do I change the password of my account?", JourneyStage.Account)]
    [InlineData("Comment télécharger ma facture sur mon espace client ?", JourneyStage.Account)]
    [InlineData("Je souhaite souscrire à l'offre fibre", JourneyStage.Purchase)]
    [InlineData("I want to place an order for two of these", JourneyStage.Purchase)]
    [InlineData("Quelle est la différence entre vos deux forfaits ?", JourneyStage.Information)]
    [InlineData("Bon week-end à tous, profitez du soleil ☀️", JourneyStage.Other)]
    public void ShippedModel_MapsClearExamples(string text, JourneyStage expected)
    {
        var batch = new[] { ComplaintModelTests.Mention(text) };

        new JourneyStageStage(Model.Value).Enrich(batch);

        Assert.Equal(expected, batch[0].Enrichment.Stage);
    }

    [Fact]
    public void FlaggedComplaint_ThatLooksLikeChatter_BecomesComplaint()
    {
        var chatter = ComplaintModelTests.Mention("Bon week-end à tous, profitez du soleil ☀️");
        var batch = new[] { chatter with { Enrichment = chatter.Enrichment with { Complaint = true } } };

        new JourneyStageStage(Model.Value).Enrich(batch);

        Assert.Equal(JourneyStage.Complaint, batch[0].Enrichment.Stage);
    }
}
