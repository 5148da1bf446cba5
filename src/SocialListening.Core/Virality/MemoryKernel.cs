using System.Text.Json.Serialization;

namespace SocialListening.Core.Virality;

/// <summary>
/// SEISMIC's human-reaction memory kernel (Zhao et al., KDD 2015): constant <paramref name="C0"/> for the first
/// <paramref name="PlateauSeconds"/>, then a power-law decay with exponent 1 + <paramref name="Theta"/>. The defaults
/// are the values the paper fitted on Twitter.
/// </summary>
public sealed record MemoryKernel(double C0 = 6.27e-4, double PlateauSeconds = 300, double Theta = 0.242)
{
    /// <summary>The kernel integrated from 0 to <paramref name="s"/> seconds.</summary>
    public double Integral(double s)
    {
        if (s <= 0) return 0;
        if (s <= PlateauSeconds) return C0 * s;
        return C0 * PlateauSeconds * (1 + (1 - Math.Pow(s / PlateauSeconds, -Theta)) / Theta);
    }

    /// <summary>The kernel integrated over all time.</summary>
    [JsonIgnore]
    public double Total => C0 * PlateauSeconds * (1 + 1 / Theta);
}
