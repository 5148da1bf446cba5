namespace SocialListening.Core.Spikes;

/// <summary>
/// One hour judged against its baseline: the mentions seen, the mentions expected, the standardised excess
/// (Anscombe z, dispersion-corrected), the upper-tail p-value, and whether it is an alert.
/// </summary>
public sealed record Spike(string Key, DateTimeOffset Hour, long Observed, double Expected, double Score, double PValue, double Dispersion, bool IsSpike);
