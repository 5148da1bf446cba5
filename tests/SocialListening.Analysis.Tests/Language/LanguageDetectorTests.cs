using SocialListening.Analysis.Language;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Tests.Language;

public class LanguageDetectorTests
{
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetector.Create());

    [Theory]
    [InlineData("Toujours pas de livraison, c'est vraiment inadmissible", "fr")]
    [InlineData("Je suis très déçu par le service client @user http", "fr")]
    [InlineData("L'appli plante à chaque mise à jour #TresDecu", "fr")]
    [InlineData("Two deliveries arrived early, great job", "en")]
    [InlineData("I can't believe the train is late again @user http", "en")]
    [InlineData("What a wonderful day at the beach with my friends", "en")]
    public void Detect_FindsFrenchAndEnglish(string text, string expected)
    {
        Assert.Equal(expected, Detector.Value.Detect(text));
    }

    [Theory]
    // One word of the other language, or a place name with an accent, in a long post: the majority decides.
    [InlineData("For context I live in Besançon and the car is not the problem, it's the network that keeps dropping", "en")]
    [InlineData("Je suis passé en boutique pour changer de forfait et le conseiller était top, just perfect, merci à lui", "fr")]
    [InlineData("@Kalix_fr c'est la troisième panne cette semaine 😡 et toujours pas de réponse https://example.com/the-and-you", "fr")]
    [InlineData("J'ai pas de réseau depuis ce matin, l'appli ne charge pas #panne #Kalix", "fr")]
    [InlineData("Nobody at the store could tell me why my bill doubled 🙄 #fail @KalixSupport http", "en")]
    public void Detect_DecidesMixedOrDecoratedPostsByTheirMajorityLanguage(string text, string expected)
    {
        Assert.Equal(expected, Detector.Value.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("😍😍😍")]
    [InlineData("@user http")]
    [InlineData("ok")]
    [InlineData("#42 !!!")]
    public void Detect_ReturnsUnd_WhenThereIsTooLittleText(string? text)
    {
        Assert.Equal(LanguageDetector.Undetermined, Detector.Value.Detect(text));
    }

    [Fact]
    public void Detect_GivesTheSameAnswers_FromSeveralThreads()
    {
        // Short texts without clear function words go to Lingua, the part whose thread safety matters.
        string[] samples = ["Bonjour", "Hello there", "Incroyable", "Amazing", "Grève SNCF", "Traffic jam", "Météo", "Weekend",
            "Très bien", "Well done", "Au revoir", "Goodbye", "Magnifique", "Wonderful", "Formidable", "Terrible"];
        var texts = Enumerable.Range(0, 160).Select(i => samples[i % samples.Length]).ToArray();
        var sequential = texts.Select(Detector.Value.Detect).ToArray();

        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Detector.Value.Detect(texts[i]));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Create_RejectsUnknownCodes()
    {
        Assert.Throws<ArgumentException>(() => LanguageDetector.Create(["fr", "xx"]));
    }

    [Fact]
    public void LanguageStage_FillsOnlyMissingLanguages()
    {
        var stage = new LanguageStage(Detector.Value);
        Mention[] batch =
        [
            new() { Id = "1", Source = "t", Text = "Merci pour votre aide, tout est réglé", PublishedAt = DateTimeOffset.UnixEpoch },
            new() { Id = "2", Source = "t", Text = "Thanks for your help, everything works now", Lang = "und", PublishedAt = DateTimeOffset.UnixEpoch },
            new() { Id = "3", Source = "t", Text = "Thanks for your help, everything works now", Lang = "de", PublishedAt = DateTimeOffset.UnixEpoch },
        ];

        stage.Enrich(batch);

        Assert.Equal(["fr", "en", "de"], batch.Select(m => m.Lang));
    }
}
