namespace SocialListening.Core.Virality;

/// <summary>The naive forecast: final = shares observed × the median final/observed ratio of training cascades.</summary>
public static class NaiveBaseline
{
    public static double FitRatio(IEnumerable<Cascade> training, double observeSeconds)
    {
        var ratios = training
            .Select(c => (Observed: c.SharesAt(observeSeconds), c.FinalSize))
            .Where(p => p.Observed > 0)
            .Select(p => (double)p.FinalSize / p.Observed)
            .ToArray();
        return ratios.Length > 0 ? ErrorMetrics.Median(ratios) : throw new ArgumentException("no training cascade has a share by the observation time");
    }

    public static double Predict(Cascade cascade, double observeSeconds, double ratio) => cascade.SharesAt(observeSeconds) * ratio;
}
