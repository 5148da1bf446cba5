using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

public class ViralityPredictorTests
{
    private static readonly Seismic Seismic = new(HawkesSimulator.UnitKernel, NStar: 200);

    /// <summary>Cascades whose branching factor varies (0.3 to 0.85), so their growth after 1 h differs.</summary>
    private static Cascade[] Simulate(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => HawkesSimulator.Simulate(random, $"sim{seed}-{i}", (0.3 + 0.55 * random.NextDouble()) / 200, 200, 20_000 + 80_000 * random.NextDouble()))
            .ToArray();
    }

    private static ViralityModel Train(IReadOnlyList<Cascade> cascades, params double[] ages) =>
        new ViralityTrainer(Seismic, [1.0]).Fit(cascades, ages, ages.ToDictionary(a => a, _ => 0.5));

    [Fact]
    public void PredictFinal_TrainedOnSimulatedCascades_BeatsTheNaiveBaselineOnFreshOnes()
    {
        var training = Simulate(1, 60);
        var test = Simulate(2, 30);
        var predictor = new ViralityPredictor(Train(training, 3600));
        var ratio = NaiveBaseline.FitRatio(training, 3600);

        var model = ErrorMetrics.MedianApe(test.Select(c => (predictor.PredictFinal(c, 3600), (double)c.FinalSize)));
        var baseline = ErrorMetrics.MedianApe(test.Select(c => (NaiveBaseline.Predict(c, 3600, ratio), (double)c.FinalSize)));

        Assert.True(model < 0.3, $"model median APE {model:0.000}");
        Assert.True(model < 0.8 * baseline, $"model {model:0.000} vs baseline {baseline:0.000}");
    }

    [Fact]
    public void CrossValidate_ReportsTheModelAndTheBaselineOnTheSameFolds()
    {
        var result = new ViralityTrainer(Seismic, [0.3, 3]).CrossValidate(Simulate(3, 40), 3600, folds: 5, repeats: 1, seed: 42);

        Assert.Equal(40, result.Cascades);
        Assert.True(result.ModelMedianApe < result.BaselineMedianApe, $"{result.ModelMedianApe:0.000} vs {result.BaselineMedianApe:0.000}");
        Assert.True(result.LogErrorSd > 0);
    }

    [Fact]
    public void PredictFinal_IsNeverBelowTheSharesAlreadySeen()
    {
        var cascades = Simulate(4, 30);
        var predictor = new ViralityPredictor(Train(cascades, 3600));

        Assert.All(cascades, c => Assert.True(predictor.PredictFinal(c, 3600) >= c.SharesAt(3600)));
    }

    [Fact]
    public void PredictFinal_OfAPostWithNoShareYet_IsFiniteAndNonNegative()
    {
        var predictor = new ViralityPredictor(Train(Simulate(5, 30), 3600));
        var lonely = new Cascade("lonely", 0, 0.25, [new CascadeEvent(0, 0)]);

        var predicted = predictor.PredictFinal(lonely, 3600);

        Assert.True(double.IsFinite(predicted) && predicted >= 0, $"{predicted}");
    }

    [Fact]
    public void ClosestHorizon_PicksTheNearestAgeInLogTime()
    {
        var model = Train(Simulate(6, 20), 3600, 6 * 3600);

        Assert.Equal(3600, model.ClosestHorizon(1800).ObserveSeconds);
        Assert.Equal(3600, model.ClosestHorizon(2 * 3600).ObserveSeconds);
        Assert.Equal(6 * 3600, model.ClosestHorizon(3 * 3600).ObserveSeconds);
    }

    [Fact]
    public async Task ModelFile_RoundTrips_AndForecastsTheSame()
    {
        var cascades = Simulate(7, 30);
        var model = Train(cascades, 3600);
        using var stream = new MemoryStream();
        await ViralityModelFile.SaveAsync(model, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;

        var loaded = await ViralityModelFile.LoadAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal(new ViralityPredictor(model).PredictFinal(cascades[0], 3600), new ViralityPredictor(loaded).PredictFinal(cascades[0], 3600), 9);
    }

    [Fact]
    public async Task ModelFile_NotAModel_FailsClearly()
    {
        using var stream = new MemoryStream("{\"method\":\"x\"}"u8.ToArray());
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ViralityModelFile.LoadAsync(stream, TestContext.Current.CancellationToken));
        Assert.Contains("not a virality model file", error.Message);
    }

    [Fact]
    public void Forecast_FromEngagementSnapshots_ScoresAFastGrowingPostAboveASlowOne()
    {
        var predictor = new ViralityPredictor(Train(Simulate(8, 40), 3600) with { FlagThreshold = 1000 });
        var posted = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        EngagementHistory History(int perTenMinutes) => new(posted, 50_000,
            Enumerable.Range(1, 6).Select(k => new EngagementObservation(posted.AddMinutes(10 * k), perTenMinutes * k, perTenMinutes * k * 200.0)).ToArray());

        var fast = predictor.Forecast(History(150));
        var slow = predictor.Forecast(History(3));

        Assert.Equal(900, fast.ObservedShares);
        Assert.True(fast.PredictedShares > slow.PredictedShares);
        Assert.True(fast.Score > slow.Score);
        Assert.InRange(fast.Score, 0, 1);
        Assert.True(fast.Viral);
        Assert.False(slow.Viral);
    }

    [Fact]
    public void ToEvents_SpreadsEachSnapshotsNewSharesEvenly()
    {
        var posted = DateTimeOffset.UnixEpoch;
        var history = new EngagementHistory(posted, 100, [new(posted.AddSeconds(100), 2, 50), new(posted.AddSeconds(400), 5, 80)]);

        var events = history.ToEvents();

        Assert.Equal([new(0, 100), new(50, 25), new(100, 25), new(200, 10), new(300, 10), new(400, 10)], events);
        Assert.Equal(posted.AddSeconds(400), history.ObservedAt);
    }
}
