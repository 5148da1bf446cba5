using SocialListening.Core.Mentions;

namespace SocialListening.Core.Analysis;

/// <summary>
/// One step of the analysis that scores mentions at ingest (language, brands and themes, sentiment, complaint,
/// stage, risk). Stages run in order over a batch, each replacing the mentions it enriches.
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface IEnrichmentStage
{
    void Enrich(Mention[] batch);
}
