namespace DemoCorpus;

/// <summary>Publication times over the 30 demo days, with the daily and weekly rhythm of social networks.</summary>
public sealed class Clock(Random random)
{
    public static readonly TimeSpan Paris = TimeSpan.FromHours(1);
    public static readonly DateTimeOffset Start = new(2026, 10, 25, 0, 0, 0, Paris);
    public const int Days = 30;

    // Local-hour weights: quiet nights, a lunch peak and an evening peak.
    private static readonly double[] HourWeights =
    [
        0.8, 0.4, 0.25, 0.15, 0.15, 0.25, 0.6, 1.4, 2.2, 2.6, 2.7, 2.8,
        3.2, 3.0, 2.6, 2.5, 2.6, 2.9, 3.3, 3.5, 3.6, 3.4, 2.6, 1.6,
    ];

    private static readonly IReadOnlyList<(int Hour, double Weight)> Hours =
        HourWeights.Select((w, h) => (h, w)).ToArray();

    private static readonly IReadOnlyList<(int Day, double Weight)> DaysWeighted =
        Enumerable.Range(0, Days).Select(d => (d, DayWeight(d))).ToArray();

    private static double DayWeight(int day) => Start.AddDays(day).DayOfWeek switch
    {
        DayOfWeek.Saturday => 0.82,
        DayOfWeek.Sunday => 0.72,
        _ => 1.0,
    };

    public DateTimeOffset Any() => At(random.Pick(DaysWeighted));

    /// <summary>A day drawn with a weight that grows with the day index: a thread that slowly gathers pace.</summary>
    public DateTimeOffset Growing(int firstDay, double power)
    {
        var days = Enumerable.Range(firstDay, Days - firstDay)
            .Select(d => (d, Math.Pow(d - firstDay + 1, power) * DayWeight(d))).ToArray();
        return At(random.Pick(days));
    }

    public DateTimeOffset OnDay(int day) => At(day);

    /// <summary>A time in [from, to) with most of the mass in the middle (a burst that rises and fades).</summary>
    public DateTimeOffset Burst(DateTimeOffset from, DateTimeOffset to, double skew)
    {
        var x = (random.NextDouble() + random.NextDouble() + random.NextDouble()) / 3;
        x = Math.Pow(x, skew);
        return from.AddSeconds(Math.Floor((to - from).TotalSeconds * x));
    }

    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        from.AddSeconds(Math.Floor((to - from).TotalSeconds * random.NextDouble()));

    private DateTimeOffset At(int day) =>
        Start.AddDays(day).AddHours(random.Pick(Hours)).AddMinutes(random.Next(60)).AddSeconds(random.Next(60));
}
