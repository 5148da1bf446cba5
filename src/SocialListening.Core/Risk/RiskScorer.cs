using System.Globalization;

namespace SocialListening.Core.Risk;

/// <summary>
/// Risk that a mention hurts the brand: how harmful it is times how far it can travel.
/// harm = 0.55·P(complaint) + 0.2·negativity + 0.25·escalation, exposure = 0.3·reach + 0.3·engagement + 0.4·virality,
/// risk = harm × (0.35 + 0.65·exposure). Harm multiplies, so a praised post from a large account stays at zero, and an
/// unseen complaint still keeps a third of its harm. Weights and scales are set by hand and explained in models/risk.md.
/// </summary>
public static class RiskScorer
{
    public const double ComplaintWeight = 0.55;
    public const double NegativityWeight = 0.2;
    public const double EscalationWeight = 0.25;
    public const double ReachWeight = 0.3;
    public const double EngagementWeight = 0.3;
    public const double ViralityWeight = 0.4;
    public const double UnseenShare = 0.35;

    /// <summary>Followers on a log scale: 1 → 0, 1,000 → 0.5, 1,000,000 and more → 1.</summary>
    public static double Reach(long? followers) => Math.Clamp(Math.Log10(Math.Max(followers ?? 0, 0) + 1) / 6, 0, 1);

    /// <summary>Interactions (a share counts twice) on a log scale: 100 → 0.5, 10,000 and more → 1.</summary>
    public static double Engagement(long likes, long shares, long replies) =>
        Math.Clamp(Math.Log10(Math.Max(likes, 0) + 2 * Math.Max(shares, 0) + Math.Max(replies, 0) + 1) / 4, 0, 1);

    /// <summary>The shares at which a post counts as viral (the virality model's default flag threshold).</summary>
    public const double ViralShares = 5000;

    /// <summary>
    /// Virality in [0, 1]: half the forecast size on a log scale (5,000 shares → 1), half P(final ≥ threshold).
    /// The size half still ranks posts that will not reach the threshold; the probability half says how sure.
    /// </summary>
    public static double Virality(double? predictedShares, double? score) => predictedShares is not { } predicted
        ? 0
        : 0.5 * Math.Clamp(Math.Log(Math.Max(predicted, 0) + 1) / Math.Log(ViralShares + 1), 0, 1) + 0.5 * Math.Clamp(score ?? 0, 0, 1);

    /// <summary>One kind of escalation weighs 0.7, each further kind 0.15 more, up to 1.</summary>
    public static double Escalation(int kinds) => kinds <= 0 ? 0 : Math.Min(1, 0.7 + 0.15 * (kinds - 1));

    public static RiskAssessment Score(RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var complaint = Math.Clamp(inputs.ComplaintProbability ?? 0, 0, 1);
        var negativity = Math.Clamp(-(inputs.SentimentScore ?? 0), 0, 1);
        var kinds = inputs.Escalations.Distinct(StringComparer.Ordinal).ToArray();
        var escalation = Escalation(kinds.Length);
        var reach = Reach(inputs.AuthorFollowers);
        var engagement = Engagement(inputs.Likes, inputs.Shares, inputs.Replies);
        var virality = Virality(inputs.PredictedShares, inputs.ViralityScore);

        var harm = ComplaintWeight * complaint + NegativityWeight * negativity + EscalationWeight * escalation;
        var exposure = ReachWeight * reach + EngagementWeight * engagement + ViralityWeight * virality;
        var risk = Math.Round(Math.Clamp(harm * (UnseenShare + (1 - UnseenShare) * exposure), 0, 1), 4);

        var reasons = new List<(double Weight, string Text)>();
        if (complaint >= 0.5) reasons.Add((ComplaintWeight * complaint, $"complaint (p={F(complaint, "0.00")})"));
        if (negativity >= 0.3) reasons.Add((NegativityWeight * negativity, $"negative sentiment ({F(inputs.SentimentScore!.Value, "0.00")})"));
        reasons.AddRange(kinds.Select(k => (EscalationWeight * escalation, "escalation: " + k)));
        if (reach >= 4.0 / 6) reasons.Add((ReachWeight * reach, $"author reach {Compact(inputs.AuthorFollowers!.Value)} followers"));
        if (engagement >= 0.5) reasons.Add((EngagementWeight * engagement, $"engagement {F(inputs.Likes, "N0")} likes, {F(inputs.Shares, "N0")} shares"));
        if (inputs.PredictedShares is { } predicted && virality >= 0.35)
            reasons.Add((ViralityWeight * virality, $"predicted {F(Math.Round(predicted), "N0")} shares"));
        return new RiskAssessment(risk, [.. reasons.OrderByDescending(r => r.Weight).Select(r => r.Text)]);
    }

    /// <summary>120,000 → "120k", 1,500,000 → "1.5M", 950 → "950".</summary>
    public static string Compact(long n) => n switch
    {
        >= 1_000_000 => F(Math.Round(n / 1_000_000.0, 1), "0.#") + "M",
        >= 10_000 => F(Math.Round(n / 1_000.0), "0") + "k",
        >= 1_000 => F(Math.Round(n / 1_000.0, 1), "0.#") + "k",
        _ => F(n, "0"),
    };

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
