using SocialListening.Ingestion.Triage;

namespace SocialListening.Api.Features.Triage;

public sealed record TriageActionRequest(string Action, string? Assignee, string? Note);

public sealed record TriageActionResult(string Source, string Id, TriageState State);
