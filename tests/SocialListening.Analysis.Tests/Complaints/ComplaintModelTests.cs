using SocialListening.Analysis.Complaints;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Tests.Complaints;

public class ComplaintModelTests
{
    private static readonly Lazy<ComplaintModel> Model = new(() => ComplaintModel.Load(ShippedModels.Path("complaint")));

    [Theory]
    [InlineData("@Colissimo toujours pas reçu mon colis après 3 semaines, c'est inadmissible 😡")]
    [InlineData("Ma box ne marche plus depuis lundi et personne ne répond au service client")]
    [InlineData("@Amazon my order never arrived and nobody answers, worst customer service ever")]
    [InlineData("I was charged twice for the same order, I want a refund now")]
    public void ShippedModel_FlagsClearComplaints(string text) =>
        Assert.True(Model.Value.IsComplaint(Model.Value.Probabilities([text])[0]), text);

    [Theory]
    [InlineData("Merci @SNCF, train à l'heure et personnel adorable 😊")]
    [InlineData("Super accueil en boutique, le conseiller a été parfait")]
    [InlineData("Thanks @Delta for the upgrade, lovely flight!")]
    [InlineData("What a beautiful sunny day at the beach with friends")]
    public void ShippedModel_DoesNotFlagPraise(string text) =>
        Assert.False(Model.Value.IsComplaint(Model.Value.Probabilities([text])[0]), text);

    [Fact]
    public void ComplaintStage_FillsComplaintAndProbability_FromSeveralThreads()
    {
        var stage = new ComplaintStage(Model.Value);
        var batches = Enumerable.Range(0, 4).Select(_ => new[]
        {
            Mention("Toujours pas de livraison, inadmissible"),
            Mention("Two deliveries arrived early, great job"),
        }).ToArray();

        Parallel.ForEach(batches, stage.Enrich);

        foreach (var batch in batches)
        {
            Assert.True(batch[0].Enrichment.Complaint);
            Assert.False(batch[1].Enrichment.Complaint);
            Assert.InRange(batch[0].Enrichment.ComplaintProbability!.Value, 0.5, 1);
        }
    }

    internal static Mention Mention(string text) =>
        new() { Id = Guid.NewGuid().ToString("N"), Source = "test", Text = text, PublishedAt = DateTimeOffset.UnixEpoch };
}
