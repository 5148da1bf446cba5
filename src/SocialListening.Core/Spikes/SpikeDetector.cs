namespace SocialListening.Core.Spikes;

/// <summary>
/// Hourly spike detection. The expected count of the tested hour is a level times a daily profile: the profile
/// (mean count at each hour of day over up to <see cref="SpikeOptions.SeasonalDays"/> days, relative to the overall
/// mean, shrunk towards 1 by one pseudo-mention) says how busy that hour of day usually is, and the level is the
/// previous <see cref="SpikeOptions.RecentHours"/> hours' mentions divided by their profile. Hours of day are taken
/// by position (every 24 entries back), so no time zone is involved. Social counts are over-dispersed, so the
/// Pearson dispersion φ of the history (the longer of the two windows) around the profile, at least 1, scales both the z-score of the Anscombe
/// transform and the quasi-Poisson tail P(X ≥ k/φ | λ/φ).
/// </summary>
public static class SpikeDetector
{
    private const int HoursPerDay = 24;

    /// <summary>The latest hour of the series against its baseline; null when there are fewer than RecentHours before it.</summary>
    public static Spike? Evaluate(HourlyCounts series, SpikeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Evaluate(series, series.Counts.Count - 1, options ?? new SpikeOptions());
    }

    /// <summary>Every hour that has enough history, oldest first (for charts and back-testing).</summary>
    public static IReadOnlyList<Spike> Scan(HourlyCounts series, SpikeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var o = options ?? new SpikeOptions();
        return Enumerable.Range(o.RecentHours, Math.Max(series.Counts.Count - o.RecentHours, 0))
            .Select(i => Evaluate(series, i, o)!)
            .ToArray();
    }

    private static Spike? Evaluate(HourlyCounts series, int index, SpikeOptions o)
    {
        if (o.RecentHours < 1) throw new ArgumentOutOfRangeException(nameof(o), "RecentHours must be at least 1");
        if (index < o.RecentHours) return null;
        var counts = series.Counts;
        var historyStart = Math.Max(0, index - Math.Max(o.SeasonalDays * HoursPerDay, o.RecentHours));
        var profile = DailyProfile(counts, historyStart, index);

        double recent = 0, recentProfile = 0;
        for (var i = index - o.RecentHours; i < index; i++)
        {
            recent += counts[i];
            recentProfile += profile[Slot(i, index)];
        }
        var expected = Math.Max(recent / recentProfile * profile[0], o.MinimumExpected);
        var dispersion = Dispersion(counts, historyStart, index, profile, o.MinimumExpected);

        var observed = counts[index];
        var score = 2 * (Math.Sqrt(observed + 0.375) - Math.Sqrt(expected + 0.375)) / Math.Sqrt(dispersion);
        var pValue = PoissonTail.UpperTail(observed / dispersion, expected / dispersion);
        var isSpike = observed >= o.MinimumCount && observed >= o.MinimumRatio * expected && pValue <= o.MaxPValue;
        return new Spike(series.Key, series.HourAt(index), observed, expected, score, pValue, dispersion, isSpike);
    }

    /// <summary>Hour-of-day slot of entry i, counted back from the tested entry (slot 0 = same hour of day).</summary>
    private static int Slot(int i, int index) => ((index - i) % HoursPerDay + HoursPerDay) % HoursPerDay;

    /// <summary>Relative busyness of each hour-of-day slot over [start, end); all ones with less than two days.</summary>
    private static double[] DailyProfile(IReadOnlyList<long> counts, int start, int end)
    {
        var profile = Enumerable.Repeat(1.0, HoursPerDay).ToArray();
        if (end - start < 2 * HoursPerDay) return profile;
        var sums = new double[HoursPerDay];
        var hours = new int[HoursPerDay];
        for (var i = start; i < end; i++)
        {
            sums[Slot(i, end)] += counts[i];
            hours[Slot(i, end)]++;
        }
        var mean = sums.Sum() / (end - start);
        for (var s = 0; s < HoursPerDay; s++)
            profile[s] = (sums[s] / hours[s] + 1) / (mean + 1);
        return profile;
    }

    /// <summary>Pearson χ²/n of the history around overall mean × profile, at least 1 (Poisson).</summary>
    private static double Dispersion(IReadOnlyList<long> counts, int start, int end, double[] profile, double minimumExpected)
    {
        if (end - start < 2) return 1;
        double total = 0, weight = 0;
        for (var i = start; i < end; i++)
        {
            total += counts[i];
            weight += profile[Slot(i, end)];
        }
        var level = total / weight;
        double chi2 = 0;
        for (var i = start; i < end; i++)
        {
            var e = Math.Max(level * profile[Slot(i, end)], minimumExpected);
            chi2 += (counts[i] - e) * (counts[i] - e) / e;
        }
        return Math.Max(1, chi2 / (end - start - 1));
    }
}
