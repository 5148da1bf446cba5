using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Triage;

/// <summary>How many mentions in scope carry each score the queue ranks on; zeros mean that stage has not run yet.</summary>
public sealed record TriageScoring(long Mentions, long ComplaintScored, long SentimentScored, long RiskScored);

public sealed record TriageItem(MentionJson.Record Mention, double? Risk, IReadOnlyList<string> Reasons, string Status, string? Assignee, DateTimeOffset? UpdatedAt);

/// <param name="Candidates">Mentions flagged as complaints or negative in scope.</param>
/// <param name="Note">Why the queue is empty or partial, for showing as is.</param>
public sealed record TriageQueue(TriageScoring Scoring, long Candidates, IReadOnlyList<TriageItem> Items, string? Note);

