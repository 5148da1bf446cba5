using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

/// <summary>
/// Simulates a SEISMIC-style self-exciting cascade as a branching process: a post seen by d followers gets
/// Poisson(p·d·∫φ) shares, each delayed by a draw from the memory kernel; followers are exponential.
/// </summary>
internal static class HawkesSimulator
{
    /// <summary>A kernel whose integral is 1, so that p·mean followers is the branching factor.</summary>
    public static readonly MemoryKernel UnitKernel = new(1 / (300 * (1 + 1 / 0.242)), 300, 0.242);

    public static Cascade Simulate(Random random, string id, double infectiousness, double meanFollowers, double authorFollowers, int maxEvents = 200_000)
    {
        var events = new List<CascadeEvent> { new(0, authorFollowers) };
        for (var i = 0; i < events.Count && events.Count < maxEvents; i++)
        {
            var children = Poisson(random, infectiousness * events[i].Followers * UnitKernel.Total);
            for (var c = 0; c < children; c++)
                events.Add(new CascadeEvent(events[i].Seconds + Delay(random), -meanFollowers * Math.Log(1 - random.NextDouble())));
        }
        var sorted = events.OrderBy(e => e.Seconds).ToArray();
        return new Cascade(id, sorted.Length - 1, random.NextDouble() * 30, sorted);
    }

    /// <summary>Inverse of the kernel's cumulative integral at a uniform draw.</summary>
    private static double Delay(Random random)
    {
        var k = UnitKernel;
        var u = random.NextDouble() * k.Total;
        var plateau = k.C0 * k.PlateauSeconds;
        return u <= plateau ? u / k.C0 : k.PlateauSeconds * Math.Pow(1 - k.Theta * (u / plateau - 1), -1 / k.Theta);
    }

    private static int Poisson(Random random, double mean)
    {
        var count = 0;
        for (var t = -Math.Log(1 - random.NextDouble()); t < mean; t -= Math.Log(1 - random.NextDouble())) count++;
        return count;
    }
}
