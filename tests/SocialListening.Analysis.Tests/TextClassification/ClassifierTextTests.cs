using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

public class ClassifierTextTests
{
    [Theory]
    [InlineData("@Orange Ça MARCHE pas http://t.co/x", "@user ca marche pas neg_marche url")]
    [InlineData("It's not working!", "it's not working neg_working !")]
    [InlineData("Je n'ai rien reçu 😡 #Scandale", "je ai rien recu neg_recu \ue03d\ue621 scandale")]
    [InlineData("not good, but fine", "not good neg_good but fine")]
    public void Normalise_FoldsMasksAndMarksNegation(string text, string expected) =>
        Assert.Equal(expected, ClassifierText.Normalise(text));

    [Theory]
    [InlineData("toujours pas reçu mon colis", "cue_wait")]
    [InlineData("still waiting for my parcel", "cue_wait")]
    [InlineData("la box est en panne", "cue_broken")]
    [InlineData("the app is broken", "cue_broken")]
    public void ComplaintCues_SameCueInBothLanguages(string text, string cue) =>
        Assert.Contains(cue, ComplaintModel.Normalise(text).Split(' '));

    [Fact]
    public void Normalise_MovesSurrogatesOnlyForModelsTrainedThatWay()
    {
        Assert.Equal("merci \ue03d\ue60a", ClassifierText.Normalise("Merci 😊"));
        Assert.Equal("merci 😊", ClassifierText.Normalise("Merci 😊", textForm: ClassifierText.SurrogatesKeptForm));
    }

    [Fact]
    public void SettingsWithoutTextForm_AreReadAsTheFormBeforeTheMove()
    {
        var settings = System.Text.Json.JsonSerializer.Deserialize<TextClassifierSettings>("""{"Algorithm":"lbfgs","OosLabel":null,"Threshold":0,"TrainingRows":10}""");
        var complaint = System.Text.Json.JsonSerializer.Deserialize<ComplaintSettings>("""{"Trainer":"averaged-perceptron","Threshold":0.72,"TrainingRows":10}""");

        Assert.Equal(ClassifierText.SurrogatesKeptForm, settings!.TextForm);
        Assert.Equal(ClassifierText.SurrogatesKeptForm, complaint!.TextForm);
    }
}
