using SocialListening.Core.Spikes;

namespace SocialListening.Core.Tests.Spikes;

public class SpikeDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Poisson counts around a daily profile (busy afternoons, quiet nights) for a number of hours.</summary>
    private static List<long> Series(int seed, int hours, double level, double dailySwing = 0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, hours)
            .Select(h => Poisson(random, level * (1 + dailySwing * Math.Sin(2 * Math.PI * (h % 24 - 8) / 24))))
            .ToList();
    }

    private static long Poisson(Random random, double mean)
    {
        long count = 0;
        for (var t = -Math.Log(1 - random.NextDouble()); t < mean; t -= Math.Log(1 - random.NextDouble())) count++;
        return count;
    }

    private static HourlyCounts Counts(List<long> counts) => new("brand:acme", Start, counts);

    [Fact]
    public void Evaluate_ABurstOnAStableSeries_IsASpike()
    {
        var counts = Series(1, 8 * 24, level: 20);
        counts.Add(80);

        var spike = SpikeDetector.Evaluate(Counts(counts))!;

        Assert.True(spike.IsSpike);
        Assert.Equal(80, spike.Observed);
        Assert.InRange(spike.Expected, 15, 25);
        Assert.True(spike.PValue < 1e-6, $"p = {spike.PValue}");
        Assert.True(spike.Score > 5, $"z = {spike.Score}");
        Assert.Equal(Start.AddHours(8 * 24), spike.Hour);
    }

    [Fact]
    public void Evaluate_AnOrdinaryHour_IsNotASpike()
    {
        var counts = Series(2, 8 * 24 + 1, level: 20);

        var spike = SpikeDetector.Evaluate(Counts(counts))!;

        Assert.False(spike.IsSpike);
        Assert.True(spike.PValue > 0.001);
    }

    [Fact]
    public void Scan_AStableSeries_RaisesFewFalseAlarms()
    {
        var spikes = SpikeDetector.Scan(Counts(Series(3, 30 * 24, level: 20)));

        Assert.Equal(30 * 24 - 12, spikes.Count);
        Assert.True(spikes.Count(s => s.IsSpike) <= 2, $"{spikes.Count(s => s.IsSpike)} false alarms");
    }

    [Fact]
    public void Evaluate_AQuietSeries_DoesNotAlertOnAFewMentions()
    {
        var counts = Series(4, 8 * 24, level: 0.2);
        counts.Add(6);

        var spike = SpikeDetector.Evaluate(Counts(counts))!;

        Assert.True(spike.PValue < 0.001, "statistically unusual...");
        Assert.False(spike.IsSpike, "...but below the minimum volume");
    }

    [Fact]
    public void Evaluate_TheUsualDailyPeak_IsExplainedByTheSameHourOfPreviousDays()
    {
        // Mentions triple every day from 14:00 to 16:00; the tested hour is such a peak, after a quiet morning.
        var counts = Enumerable.Range(0, 8 * 24).Select(h => h % 24 is >= 14 and <= 16 ? 60L : 20L).ToList();
        counts.RemoveRange(counts.Count - 9, 9);   // ends at 14:00 of the last day
        var history = Counts(counts[..^1]);
        var tested = Counts(counts);

        var withDays = SpikeDetector.Evaluate(tested)!;
        var recentOnly = SpikeDetector.Evaluate(tested, new SpikeOptions { SeasonalDays = 0 })!;

        Assert.Equal(60, withDays.Observed);
        Assert.Equal(14, history.HourAt(history.Counts.Count).Hour);
        Assert.False(withDays.IsSpike, $"expected {withDays.Expected:0.0}");
        Assert.InRange(withDays.Expected, 45, 75);
        Assert.True(recentOnly.IsSpike, $"expected {recentOnly.Expected:0.0}");
    }

    [Fact]
    public void Evaluate_AnOverDispersedSeries_NeedsALargerBurst()
    {
        var random = new Random(6);
        // Counts whose variance is far above their mean (bursty conversations).
        var bursty = Enumerable.Range(0, 8 * 24).Select(_ => random.NextDouble() < 0.2 ? 60L : 10L).ToList();
        bursty.Add(60);

        var spike = SpikeDetector.Evaluate(Counts(bursty))!;

        Assert.True(spike.Dispersion > 5, $"dispersion {spike.Dispersion:0.0}");
        Assert.False(spike.IsSpike);
    }

    [Fact]
    public void Evaluate_WithLessThanTheRecentWindow_ReturnsNull() =>
        Assert.Null(SpikeDetector.Evaluate(Counts([1, 2, 3])));

    [Fact]
    public void Evaluate_AfterSilence_FloorsTheExpectedCount()
    {
        var counts = Enumerable.Repeat(0L, 48).Append(30).ToList();

        var spike = SpikeDetector.Evaluate(Counts(counts))!;

        Assert.Equal(0.5, spike.Expected);
        Assert.True(spike.IsSpike);
    }
}
