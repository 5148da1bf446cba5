using SocialListening.Ingestion.Scheduling;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Api.Features.Sources;

/// <summary>
/// One source: <c>state</c> is active or paused for a crawled source, imported for one only present in the index
/// (file imports); <c>mentions</c> and <c>newest</c> come from the index (null in answers to a change).
/// </summary>
public sealed record SourceSummary(
    string Source, string State, string? Kind, string? Url, string? Schedule, bool Configured,
    IReadOnlyDictionary<string, string>? Parameters, DateTimeOffset? NextRun, long? Mentions, DateTimeOffset? Newest)
{
    public static SourceSummary Crawled(SourceStatus status, long? mentions, DateTimeOffset? newest)
    {
        var d = status.Definition;
        return new(d.Name, d.Enabled ? "active" : "paused", d.Kind, d.Url, d.Schedule, status.Configured, d.Parameters, status.NextRun, mentions, newest);
    }

    public static SourceSummary Imported(string source, long mentions, DateTimeOffset? newest) =>
        new(source, "imported", null, null, null, false, null, null, mentions, newest);
}

/// <summary>A source to add: the same fields as an entry of the configuration's <c>sources:</c> list.</summary>
public sealed record NewSourceRequest(string? Name, string? Kind, string? Url, string? Schedule, Dictionary<string, string>? Parameters)
{
    public SourceDefinition ToDefinition() => new()
    {
        Name = Name?.Trim() ?? "",
        Kind = Kind?.Trim().ToLowerInvariant() ?? "",
        Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim(),
        Schedule = string.IsNullOrWhiteSpace(Schedule) ? new SourceDefinition { Name = "", Kind = "" }.Schedule : Schedule.Trim(),
        Parameters = Parameters ?? [],
    };
}
