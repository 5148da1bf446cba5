namespace SocialListening.Core.Risk;

/// <summary>
/// What the risk score reads from one mention. Null means the stage that provides it has not run; the score then
/// leaves that component out rather than guessing.
/// </summary>
/// <param name="ComplaintProbability">P(complaint) from the complaint model, in [0, 1].</param>
/// <param name="SentimentScore">Sentiment in [-1, 1]; only its negative part counts.</param>
/// <param name="PredictedShares">Forecast final shares (virality model).</param>
/// <param name="ViralityScore">P(final shares ≥ the virality threshold), in [0, 1].</param>
/// <param name="Escalations">Escalation kinds found in the text (e.g. "press", "lawyer").</param>
public sealed record RiskInputs(
    double? ComplaintProbability,
    double? SentimentScore,
    long? AuthorFollowers,
    long Likes,
    long Shares,
    long Replies,
    double? PredictedShares,
    double? ViralityScore,
    IReadOnlyList<string> Escalations);

/// <summary>A mention's risk in [0, 1] with the reasons behind it, strongest component first.</summary>
public sealed record RiskAssessment(double Risk, IReadOnlyList<string> Reasons);
