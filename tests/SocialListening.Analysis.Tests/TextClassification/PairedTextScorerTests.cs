using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.Stages;
using SocialListening.Analysis.Tests.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

/// <summary>
/// The paired walk (one normalisation and one n-gram lookup for the complaint and stage models) must give what the
/// two scorers give one at a time, on the demo corpus, the French sets and recombinations of them (texts the models
/// never saw, with cue tokens in new places).
/// </summary>
public class PairedTextScorerTests
{
    private static readonly Lazy<ComplaintModel> Complaint = new(() => ComplaintModel.Load(ShippedModels.Path("complaint")));
    private static readonly Lazy<TextClassifier> Stage = new(() => TextClassifier.Load(ShippedModels.Path("stage")));
    private static readonly Lazy<string[]> Texts = new(AllTexts);

    [Fact]
    public void PairedScores_AreTheTwoScorersScores()
    {
        var complaint = Complaint.Value.Scorer!;
        var stage = Stage.Value.Scorer!;
        var paired = PairedTextScorer.TryCreate(complaint, stage)!;
        double[] alone = new double[1], stageAlone = new double[stage.Outputs], together = new double[1], stageTogether = new double[stage.Outputs];
        foreach (var text in Texts.Value)
        {
            var (plain, withCues) = ClassifierText.NormaliseBoth(text, ComplaintCues.Lexicon);
            Assert.Equal(ComplaintModel.Normalise(text), withCues);
            Assert.Equal(ClassifierText.Normalise(text), plain);
            if (plain.Length == 0)
            {
                continue;
            }
            Assert.True(paired.TryScore(plain, withCues, together, stageTogether), text);
            Assert.True(complaint.TryScore(withCues, alone) && stage.TryScore(plain, stageAlone), text);
            Assert.True(Math.Abs(alone[0] - together[0]) < 1e-9, $"{text}: complaint {together[0]} vs {alone[0]}");
            for (var k = 0; k < stageAlone.Length; k++)
            {
                Assert.True(Math.Abs(stageAlone[k] - stageTogether[k]) < 1e-9, $"{text}: stage class {k} {stageTogether[k]} vs {stageAlone[k]}");
            }
        }
    }

    // The vector sums add the same doubles in the same order as the loop, lane by lane: the same bits, not nearly.
    [Fact]
    public void VectorSums_AreTheLoopsSumsToTheBit()
    {
        Assert.SkipUnless(PairedCounts.VectorsAccelerated, "This processor has no 256-bit vectors: the scorer uses the loop only.");
        var vectors = PairedTextScorer.TryCreate(Complaint.Value.Scorer, Stage.Value.Scorer, vectors: true)!;
        var loop = PairedTextScorer.TryCreate(Complaint.Value.Scorer, Stage.Value.Scorer, vectors: false)!;
        var outputs = Stage.Value.Scorer!.Outputs;
        double[] complaintVectors = new double[1], stageVectors = new double[outputs], complaintLoop = new double[1], stageLoop = new double[outputs];
        var scored = 0;
        foreach (var text in Texts.Value)
        {
            var (plain, withCues) = ClassifierText.NormaliseBoth(text, ComplaintCues.Lexicon);
            if (plain.Length == 0)
            {
                continue;
            }
            Assert.True(vectors.TryScore(plain, withCues, complaintVectors, stageVectors), text);
            Assert.True(loop.TryScore(plain, withCues, complaintLoop, stageLoop), text);
            Assert.Equal(BitConverter.DoubleToInt64Bits(complaintLoop[0]), BitConverter.DoubleToInt64Bits(complaintVectors[0]));
            Assert.Equal(stageLoop.Select(BitConverter.DoubleToInt64Bits), stageVectors.Select(BitConverter.DoubleToInt64Bits));
            scored++;
        }
        Assert.True(scored > 100, $"only {scored} texts scored");
    }

    [Fact]
    public void PairedStage_FillsWhatTheTwoStagesFill()
    {
        var texts = Texts.Value;
        var paired = texts.Select(ComplaintModelTests.Mention).ToArray();
        var reference = paired.ToArray();

        new ComplaintAndJourneyStage(Complaint.Value, Stage.Value).Enrich(paired);
        new ComplaintStage(Complaint.Value).Enrich(reference);
        new JourneyStageStage(Stage.Value).Enrich(reference);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(paired[i].Enrichment == reference[i].Enrichment, $"{texts[i]}: {paired[i].Enrichment} vs {reference[i].Enrichment}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😡😡😡")]
    [InlineData("#_ #panne_")]
    [InlineData("\u0085 \u2028 \u0001 lone")]
    [InlineData("still waiting")]
    [InlineData("a b c d e f g h i j k l m n o p toujours pas")]
    public void EdgeTexts_AreEnrichedAsByTheTwoStages(string text)
    {
        var paired = new[] { ComplaintModelTests.Mention(text) };
        var reference = paired.ToArray();

        new ComplaintAndJourneyStage(Complaint.Value, Stage.Value).Enrich(paired);
        new ComplaintStage(Complaint.Value).Enrich(reference);
        new JourneyStageStage(Stage.Value).Enrich(reference);

        Assert.Equal(reference[0].Enrichment, paired[0].Enrichment);
    }

    // The corpus, then each text followed by the second half of another's words: new word neighbours and cue
    // positions, as in the synthetic benchmark corpus.
    private static string[] AllTexts()
    {
        var texts = LinearTextScorerTests.LoadTexts();
        var recombined = texts.Select((t, i) =>
        {
            var other = texts[(i * 7 + 3) % texts.Length].Split(' ');
            return t + " " + string.Join(' ', other.Skip(other.Length / 2));
        });
        return [.. texts, .. recombined];
    }
}
