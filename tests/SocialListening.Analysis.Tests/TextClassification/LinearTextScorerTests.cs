using System.Text.Json;
using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

/// <summary>
/// The compiled scorer must give the probabilities ML.NET gives, on every text we have at hand: the demo corpus
/// (French and English, emoji, hashtags, @mentions, URLs) and the project's French sets.
/// </summary>
public class LinearTextScorerTests
{
    private static readonly Lazy<ComplaintModel> Complaint = new(() => ComplaintModel.Load(ShippedModels.Path("complaint")));
    private static readonly Lazy<TextClassifier> Stage = new(() => TextClassifier.Load(ShippedModels.Path("stage")));
    private static readonly Lazy<string[]> Texts = new(LoadTexts);

    [Theory]
    [InlineData("Toujours pas de réseau 😡😡 #panne @Mandarine")]
    [InlineData("👩🏽‍💻 working from home, fibre is great 👍")]
    [InlineData("\u0085 \u2028 \ud800 lone surrogate")]
    public void ShippedModels_AreScoredWithoutMlNet_EmojiIncluded(string text)
    {
        var scores = new double[8];
        Assert.True(Complaint.Value.Scorer!.Closed);
        Assert.True(Stage.Value.Scorer!.Closed);
        Assert.True(Complaint.Value.Scorer!.TryScore(ComplaintModel.Normalise(text), scores));
        Assert.True(Stage.Value.Scorer!.TryScore(ClassifierText.Normalise(text), scores));
    }

    [Fact]
    public void ComplaintProbabilities_AreMlNets()
    {
        var texts = Texts.Value;
        var compiled = Complaint.Value.Probabilities(texts);
        var reference = Complaint.Value.ProbabilitiesWithMlNet(texts);
        var worst = Enumerable.Range(0, texts.Length).MaxBy(i => Math.Abs(compiled[i] - reference[i]));
        Assert.True(Math.Abs(compiled[worst] - reference[worst]) < 1e-5, $"{texts[worst]}: {compiled[worst]} vs ML.NET {reference[worst]}");
    }

    [Fact]
    public void StagePredictions_AreMlNets()
    {
        var texts = Texts.Value;
        var compiled = Stage.Value.Predict(texts);
        var reference = Stage.Value.PredictWithMlNet(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(compiled[i].Label == reference[i].Label && Math.Abs(compiled[i].Confidence - reference[i].Confidence) < 1e-5,
                $"{texts[i]}: {compiled[i]} vs ML.NET {reference[i]}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😡😡😡")]
    [InlineData("a|b || c")]
    [InlineData("\u0085 \u2028 \u0001 \ud800 lone surrogate")]
    [InlineData("L'appli ne marche pas depuis hier, j'attends qu'on m'aide #panne @Mandarine https://t.co/x")]
    public void EdgeTexts_ScoreLikeMlNet(string text)
    {
        Assert.Equal(Complaint.Value.ProbabilitiesWithMlNet([text])[0], Complaint.Value.Probabilities([text])[0], 5);
        Assert.Equal(Stage.Value.PredictWithMlNet([text])[0].Label, Stage.Value.Predict([text])[0].Label);
    }

    internal static string[] LoadTexts()
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(ShippedModels.RepositoryFile("samples", "demo", "mentions.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            texts.Add(root.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } t ? t + ". " + text : text);
        }
        foreach (var set in new[] { "Complaints/fr-train.csv", "Complaints/fr-eval.csv", "Stages/fr-train.csv", "Stages/fr-eval.csv" })
        {
            var table = ProjectData.Table(set);
            var column = table.IndexOf("text");
            texts.AddRange(table.Rows.Select(r => r[column]));
        }
        return [.. texts];
    }
}
