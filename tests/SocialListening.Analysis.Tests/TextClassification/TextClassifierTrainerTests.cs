using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

public class TextClassifierTrainerTests
{
    private static readonly (string Label, string[] Texts)[] Data =
    [
        ("weather", ["will it rain tomorrow", "what is the weather today", "is it sunny outside", "how cold is it this morning",
            "rain forecast for the weekend", "temperature tonight", "will it snow", "weather in paris", "is it windy today", "do I need an umbrella"]),
        ("music", ["play some jazz", "play my playlist", "next song please", "turn up the music", "play the new album",
            "skip this track", "play rock music", "shuffle my songs", "pause the music", "play something relaxing"]),
        ("alarm", ["set an alarm for 7", "wake me up at six", "cancel my alarm", "alarm at 8 tomorrow", "set alarm for noon",
            "turn off the alarm", "snooze the alarm", "alarm for 6 30", "delete all alarms", "set a wake up alarm"]),
        ("oos", ["how tall is mount everest", "who wrote hamlet", "tell me a joke", "what is the capital of peru",
            "translate hello into german", "how many legs does a spider have", "recipe for pancakes", "who won the world cup",
            "what does a notary do", "how do I tie a tie"]),
    ];

    private static List<LabelledText> Rows() => [.. Data.SelectMany(d => d.Texts.Select(t => new LabelledText(t, d.Label)))];

    [Fact]
    public void Train_TinyDataset_LearnsItsCategories()
    {
        var model = TextClassifierTrainer.Train(Rows(), new TextClassifierOptions("lbfgs"));

        var predicted = model.Predict(["will it rain in london", "play some music", "set an alarm for 9"]);

        Assert.Equal(["weather", "music", "alarm"], predicted.Select(p => p.Label));
    }

    [Fact]
    public void Train_WithOosLabel_RejectsNonsenseAndSurvivesSaveAndLoad()
    {
        var model = TextClassifierTrainer.Train(Rows(), new TextClassifierOptions("lbfgs", OosLabel: "oos"));
        var path = Path.Combine(Path.GetTempPath(), $"intents-{Guid.NewGuid():N}.zip");
        try
        {
            model.Save(path);
            var loaded = TextClassifier.Load(path);

            var predicted = loaded.Predict(["zxqv blorf quux", "what is the weather today", "play my playlist"]);

            Assert.Equal("oos", loaded.Settings.OosLabel);
            Assert.True(loaded.Settings.Threshold > 0);
            Assert.Equal(["oos", "weather", "music"], predicted.Select(p => p.Label));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Train_SingleCategory_IsRefused() =>
        Assert.Throws<InvalidDataException>(() => TextClassifierTrainer.Train([new("a", "x"), new("b", "x")], new TextClassifierOptions()));

    [Fact]
    public void Report_ComputesAccuracyAndMacroF1()
    {
        var report = ClassificationReport.Compute(["a", "a", "b", "b"], ["a", "b", "b", "b"]);

        Assert.Equal(0.75, report.Accuracy, 6);
        Assert.Equal((2 * 1.0 * 0.5 / 1.5 + 2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1)) / 2, report.MacroF1, 6);
    }
}

public class OosThresholdTests
{
    [Fact]
    public void Choose_WithNoLossAllowed_RejectsOnlyUpToTheFirstCorrectInScopePrediction()
    {
        string[] gold = ["a", "b", "a", "b", "oos", "oos"];
        ClassPrediction[] predicted =
        [
            new("a", 0.9, "a"), new("b", 0.8, "b"), new("b", 0.3, "b"), new("b", 0.5, "b"), new("a", 0.2, "a"), new("b", 0.35, "b"),
        ];

        var threshold = OosThreshold.Choose(gold, predicted, "oos", maxInScopeLoss: 0);

        Assert.Equal(0.4, threshold, 6);
    }

    [Fact]
    public void Choose_WithALossBudget_RaisesTheThreshold()
    {
        var gold = Enumerable.Repeat("a", 100).Append("oos").ToArray();
        var predicted = Enumerable.Range(0, 100).Select(i => new ClassPrediction("a", 0.5 + i / 200.0, "a")).Append(new ClassPrediction("a", 0.6, "a")).ToArray();

        var strict = OosThreshold.Choose(gold, predicted, "oos", maxInScopeLoss: 0);
        var lenient = OosThreshold.Choose(gold, predicted, "oos", maxInScopeLoss: 0.05);

        Assert.True(strict < 0.5);
        Assert.InRange(lenient, 0.52, 0.53);
    }
}
