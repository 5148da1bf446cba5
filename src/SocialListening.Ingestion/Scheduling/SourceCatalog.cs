using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>The sources the scheduler runs: configured ones plus those added at run time, with pauses applied.</summary>
public sealed class SourceCatalog(IReadOnlyList<SourceDefinition> sources)
{
    public IReadOnlyList<SourceDefinition> All { get; } = sources;

    public SourceDefinition? Find(string? name) => All.FirstOrDefault(s => s.Name == name);
}
