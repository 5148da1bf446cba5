using SocialListening.Analysis.Risk;

namespace SocialListening.Analysis.Tests.Risk;

public sealed class EscalationDetectorTests
{
    [Theory]
    [InlineData("Je vais saisir l'UFC-Que Choisir, c'est inadmissible", EscalationDetector.Association)]
    [InlineData("Plainte déposée auprès de l'ARCEP", EscalationDetector.Association)]
    [InlineData("J'appelle mon AVOCAT demain, procès en vue", EscalationDetector.Legal)]
    [InlineData("On se retrouve au tribunal", EscalationDetector.Legal)]
    [InlineData("La presse devrait savoir ça", EscalationDetector.Press)]
    [InlineData("J'envoie tout aux journalistes", EscalationDetector.Press)]
    [InlineData("#BoycottMandarine tout le monde", EscalationDetector.Boycott)]
    [InlineData("N'achetez pas chez eux", EscalationDetector.Boycott)]
    [InlineData("Je résilie dès demain", EscalationDetector.Cancellation)]
    [InlineData("I'm cancelling my contract today", EscalationDetector.Cancellation)]
    [InlineData("I’m cancelling, enough", EscalationDetector.Cancellation)]
    [InlineData("My lawyer will hear about this", EscalationDetector.Legal)]
    [InlineData("Reporting you to Trading Standards and Ofcom", EscalationDetector.Association)]
    [InlineData("Filing a complaint with the BBB", EscalationDetector.Association)]
    [InlineData("The press should know how bad this is", EscalationDetector.Press)]
    [InlineData("I'll make this viral, please share", EscalationDetector.Public)]
    public void Detects_escalation_in_french_and_english(string text, string kind) =>
        Assert.Contains(kind, EscalationDetector.Detect(text));

    [Theory]
    [InlineData("Toujours pas de réseau ce soir, c'est pénible")]
    [InlineData("Great service, thanks for the quick fix")]
    [InlineData("Le réseau est revenu, merci au support")]
    [InlineData("Where is my order? Still waiting")]
    public void Ordinary_complaints_and_praise_are_not_escalations(string text) =>
        Assert.Empty(EscalationDetector.Detect(text));

    [Fact]
    public void Several_kinds_are_reported_once_each()
    {
        var found = EscalationDetector.Detect("Je résilie, j'appelle mon avocat et la presse. Avocat !");

        Assert.Equal(new[] { EscalationDetector.Press, EscalationDetector.Legal, EscalationDetector.Cancellation }, found);
    }
}
