namespace SocialListening.Core.Spikes;

/// <summary>Mentions per hour of one series (a brand, a theme...), oldest first; the last entry is the latest hour.</summary>
public sealed record HourlyCounts(string Key, DateTimeOffset FirstHour, IReadOnlyList<long> Counts)
{
    public DateTimeOffset HourAt(int index) => FirstHour.AddHours(index);
}
