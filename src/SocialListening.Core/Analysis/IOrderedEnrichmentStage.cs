namespace SocialListening.Core.Analysis;

/// <summary>
/// A stage whose result depends on the order of the mentions it sees (it remembers earlier mentions, as
/// near-duplicate detection does). Runners give it each whole batch, in input order, after the other stages, so
/// the same input gives the same result.
/// </summary>
public interface IOrderedEnrichmentStage : IEnrichmentStage;
