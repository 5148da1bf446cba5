using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Sentiment.Training;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

public class TinyTrainingTests
{
    private static readonly string[] Negative = ["service nul", "très déçu", "c'est une honte", "je suis en colère", "horrible expérience", "jamais plus", "arnaque totale", "livraison en retard encore", "terrible service", "I hate it", "worst day ever", "so disappointed"];
    private static readonly string[] Neutral = ["le magasin ouvre à 9h", "réunion mardi", "voici le lien", "nouvelle adresse", "the store opens at 9", "meeting on tuesday", "here is the link", "new address today", "le train part de Lyon", "the bus leaves at noon", "article sur le climat", "report on the weather"];
    private static readonly string[] Positive = ["super service", "merci beaucoup", "génial bravo", "je recommande", "trop content", "excellent produit", "parfait merci", "j'adore", "great job", "I love it", "amazing support", "thank you so much"];

    private static List<SentimentExample> Examples() =>
        Negative.Select(t => new SentimentExample(t, SentimentLabel.Negative))
            .Concat(Neutral.Select(t => new SentimentExample(t, SentimentLabel.Neutral)))
            .Concat(Positive.Select(t => new SentimentExample(t, SentimentLabel.Positive)))
            .ToList();

    [Theory]
    [InlineData(SentimentTrainerKind.SdcaMaximumEntropy)]
    [InlineData(SentimentTrainerKind.LbfgsMaximumEntropy)]
    [InlineData(SentimentTrainerKind.OvaAveragedPerceptron)]
    public void Trainers_FitTheTrainingExamples(SentimentTrainerKind kind)
    {
        var options = new SentimentFeatureOptions { HashBits = 14 };
        var train = SentimentTraining.Shuffle(Examples(), 1);
        var spec = new SentimentTrainerSpec(kind, L2: kind == SentimentTrainerKind.LbfgsMaximumEntropy ? 0.1f : 1e-4f);

        var classifier = SentimentTraining.Fit(options, spec, train, seed: 1);
        var report = SentimentTraining.Evaluate(options, classifier, train);

        Assert.True(report.MacroF1 > 0.9, $"macro-F1 on the training examples was {report.MacroF1}");
    }

    [Fact]
    public void TrainedModel_SurvivesSaveAndLoad()
    {
        var options = new SentimentFeatureOptions { HashBits = 14 };
        var examples = SentimentTraining.Shuffle(Examples(), 2);
        var data = new Dictionary<string, SentimentSplits> { ["fr"] = new(examples, examples) };
        var result = new SentimentModelTrainer(options, new SentimentTrainerSpec(SentimentTrainerKind.SdcaMaximumEntropy), 3).Train(data, "tiny");
        var path = Path.Combine(Path.GetTempPath(), $"sentiment-{Guid.NewGuid():N}.zip");
        try
        {
            result.Model.Save(path);
            var loaded = SentimentModel.Load(path);

            Assert.Equal(["*", "fr"], loaded.Classifiers.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(options, loaded.Features);
            Assert.Equal("tiny", loaded.Info.Data);
            foreach (var example in examples)
            {
                Assert.Equal(result.Model.Predict(example.Text, "fr"), loaded.Predict(example.Text, "fr"));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_RejectsAFileThatIsNotAModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-model-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "hello");
        try
        {
            Assert.ThrowsAny<InvalidDataException>(() => SentimentModel.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
