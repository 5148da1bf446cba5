using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>
/// The sources the scheduler runs: the configured ones plus those added at run time (`sl sources add`, the API),
/// with pauses applied. Read from the state store on every call, so a change made while the service runs is seen by
/// the next job run.
/// </summary>
public sealed class SourceCatalog(IReadOnlyList<SourceDefinition> configured, SourceStateStore? state = null)
{
    /// <summary>The sources of the configuration file, as written there.</summary>
    public IReadOnlyList<SourceDefinition> Configured => configured;

    public IReadOnlyList<SourceDefinition> All => state?.Merge(configured) ?? configured;

    public SourceDefinition? Find(string? name) => All.FirstOrDefault(s => s.Name == name);

    public bool IsConfigured(string name) => configured.Any(s => s.Name == name);
}
