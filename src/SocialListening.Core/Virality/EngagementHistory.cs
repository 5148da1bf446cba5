namespace SocialListening.Core.Virality;

/// <summary>One crawl of a post: when, how many shares so far, and the followers of the accounts that shared so far.</summary>
public sealed record EngagementObservation(DateTimeOffset At, int Shares, double SharerFollowers);

/// <summary>What the crawlers saw of a post: when it was posted, its author's followers, and its re-observations.</summary>
public sealed record EngagementHistory(DateTimeOffset PostedAt, double AuthorFollowers, IReadOnlyList<EngagementObservation> Observations)
{
    /// <summary>The time of the last observation (the post time when never re-observed).</summary>
    public DateTimeOffset ObservedAt => Observations.Count > 0 ? Observations.Max(o => o.At) : PostedAt;

    /// <summary>Synthetic share events: each snapshot's new shares spread evenly since the previous snapshot.</summary>
    public IReadOnlyList<CascadeEvent> ToEvents()
    {
        var events = new List<CascadeEvent> { new(0, Math.Max(AuthorFollowers, 0)) };
        double previousTime = 0, previousFollowers = 0;
        var previousShares = 0;
        foreach (var o in Observations.OrderBy(o => o.At))
        {
            var time = Math.Max((o.At - PostedAt).TotalSeconds, previousTime);
            var added = o.Shares - previousShares;
            if (added > 0)
            {
                var followersEach = Math.Max(o.SharerFollowers - previousFollowers, 0) / added;
                for (var i = 1; i <= added; i++)
                    events.Add(new CascadeEvent(previousTime + (time - previousTime) * i / added, followersEach));
                previousShares = o.Shares;
                previousFollowers = Math.Max(o.SharerFollowers, previousFollowers);
            }
            previousTime = time;
        }
        return events;
    }
}

/// <summary>
/// A mention's virality forecast: shares seen, forecast final shares, a probability-like score that the final
/// count reaches the threshold, and whether the forecast itself crosses it.
/// </summary>
public sealed record ViralityForecast(int ObservedShares, double PredictedShares, double Score, bool Viral);
