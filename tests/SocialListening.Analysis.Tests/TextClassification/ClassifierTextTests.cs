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
}
