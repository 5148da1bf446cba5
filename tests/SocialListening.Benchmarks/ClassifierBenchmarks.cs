using BenchmarkDotNet.Attributes;
using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.Stages;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Mentions;

namespace SocialListening.Benchmarks;

/// <summary>
/// The complaint and journey-stage models on the same 200 demo mentions per operation: scored by LinearTextScorer
/// (what ingest runs) and by ML.NET's own transform (the reference, and what ingest ran before round 3).
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private string[] _texts = [];
    private ComplaintModel _complaint = null!;
    private TextClassifier _stage = null!;
    private ComplaintAndJourneyStage _paired = null!;
    private Mention[] _mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = DemoTexts.Mentions().Select(m => m.Text).ToArray();
        _complaint = ComplaintModel.Load(Path.Combine(AppContext.BaseDirectory, "models", "complaint.zip"));
        _stage = TextClassifier.Load(Path.Combine(AppContext.BaseDirectory, "models", "stage.zip"));
        _paired = new ComplaintAndJourneyStage(_complaint, _stage);
        _mentions = [.. DemoTexts.Mentions()];
    }

    [Benchmark(Description = "Complaint probabilities x200 (LinearTextScorer)")]
    public int Complaint() => _complaint.Probabilities(_texts).Length;

    [Benchmark(Description = "Complaint probabilities x200 (ML.NET)")]
    public int ComplaintMlNet() => _complaint.ProbabilitiesWithMlNet(_texts).Length;

    [Benchmark(Description = "Journey stage x200 (LinearTextScorer)")]
    public int Stage() => _stage.Predict(_texts).Length;

    [Benchmark(Description = "Journey stage x200 (ML.NET)")]
    public int StageMlNet() => _stage.PredictWithMlNet(_texts).Length;

    [Benchmark(Description = "Complaint then stage x200 (the two stages)")]
    public int TwoStages()
    {
        var batch = _mentions.ToArray();
        new ComplaintStage(_complaint).Enrich(batch);
        new JourneyStageStage(_stage).Enrich(batch);
        return batch.Length;
    }

    [Benchmark(Description = "Complaint and stage x200 (ComplaintAndJourneyStage, what ingest runs)")]
    public int PairedStage()
    {
        var batch = _mentions.ToArray();
        _paired.Enrich(batch);
        return batch.Length;
    }
}
