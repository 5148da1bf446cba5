namespace SocialListening.Ingestion.Sources;

/// <summary>
/// One entry of the <c>sources:</c> section (or one added with <c>sl sources add</c>): a name, a kind, where to read,
/// kind-specific parameters and a Quartz cron schedule.
/// </summary>
public sealed record SourceDefinition
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Url { get; init; }
    /// <summary>Quartz cron (seconds first), e.g. <c>0 */15 * * * ?</c> for every 15 minutes.</summary>
    public string Schedule { get; init; } = "0 */15 * * * ?";
    public bool Enabled { get; init; } = true;
    /// <summary>Days this source's mentions are kept after publication; null: the configuration's default retention.</summary>
    public int? RetentionDays { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public string? Parameter(string name) =>
        Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public string Required(string name) =>
        Parameter(name) ?? throw new SourceConfigurationException($"source '{Name}' ({Kind}): parameter '{name}' is required.");

    public int IntParameter(string name, int fallback) =>
        int.TryParse(Parameter(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    public Uri RequiredUri() =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri : throw new SourceConfigurationException($"source '{Name}' ({Kind}): 'url' must be an absolute http(s) URL.");
}
