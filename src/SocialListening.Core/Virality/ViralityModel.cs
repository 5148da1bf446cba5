namespace SocialListening.Core.Virality;

/// <summary>
/// The growth model for one observation age: ln((final + 1) / events seen) as a median (least absolute deviations) ridge regression on
/// <see cref="CascadeFeatures"/>, with the naive baseline's ratio and the spread of the log error (for the score).
/// </summary>
public sealed record HorizonModel(double ObserveSeconds, LinearModel Growth, double Lambda, double BaselineRatio, double LogErrorSd);

/// <summary>The fitted virality model: SEISMIC settings, feature names, one growth model per observation age.</summary>
public sealed record ViralityModel(string Method, Seismic Seismic, IReadOnlyList<string> Features, IReadOnlyList<HorizonModel> Horizons, double FlagThreshold)
{
    /// <summary>The growth model fitted at the age closest (in log time) to <paramref name="observeSeconds"/>.</summary>
    public HorizonModel ClosestHorizon(double observeSeconds)
    {
        if (Horizons.Count == 0) throw new InvalidOperationException("the virality model has no horizon");
        var age = Math.Max(observeSeconds, 1);
        return Horizons.MinBy(h => Math.Abs(Math.Log(h.ObserveSeconds / age)))!;
    }
}
