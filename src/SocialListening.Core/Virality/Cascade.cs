namespace SocialListening.Core.Virality;

/// <summary>
/// A share cascade: the original post (event 0, at time 0) followed by its shares in time order.
/// <paramref name="FinalSize"/> counts the shares (not the original), as the first row of the TiDeH files does.
/// <paramref name="StartDays"/> places the original post in absolute time (days, whose fraction gives the time of day).
/// </summary>
public sealed record Cascade(string Id, int FinalSize, double StartDays, IReadOnlyList<CascadeEvent> Events)
{
    /// <summary>Shares (the original excluded) that happened at or before <paramref name="seconds"/>.</summary>
    public int SharesAt(double seconds) => Math.Max(0, EventsUpTo(seconds) - 1);

    /// <summary>Events, the original included, at or before <paramref name="seconds"/> (binary search: times are sorted).</summary>
    public int EventsUpTo(double seconds)
    {
        int lo = 0, hi = Events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Events[mid].Seconds <= seconds) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
