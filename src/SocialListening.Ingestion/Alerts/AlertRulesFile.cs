using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// Reads the <c>alerts:</c> list of the YAML configuration:
/// <c>alerts: [{name, kind: risk|spike, min_risk, brands, webhook_url, format: json|slack|teams, max_per_hour}]</c>.
/// </summary>
public static class AlertRulesFile
{
    public static readonly string[] Formats = ["json", "slack", "teams"];

    public static IReadOnlyList<AlertRule> Load(string path) => Parse(File.ReadAllText(path), path);

    public static IReadOnlyList<AlertRule> Parse(string yaml, string name = "configuration")
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        Document? document;
        try
        {
            document = deserializer.Deserialize<Document?>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{name}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        var rules = new List<AlertRule>();
        foreach (var (rule, i) in (document?.Alerts ?? []).Select((r, i) => (r, i + 1)))
        {
            var built = Build($"{name}: alert {i}", rule.Name, rule.Kind, rule.MinRisk, rule.Brands, rule.WebhookUrl, rule.Format, rule.MaxPerHour);
            if (rules.Any(r => string.Equals(r.Name, built.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidDataException($"{name}: alert '{built.Name}': the name is used twice");
            }
            rules.Add(built);
        }
        return rules;
    }

    /// <summary>A checked rule from the fields of one entry (file, API or command line); the message starts with <paramref name="where"/>.</summary>
    public static AlertRule Build(string where, string? name, string? kind, double? minRisk, IReadOnlyList<string>? brands, string? webhookUrl, string? format, int? maxPerHour)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidDataException($"{where}: name is required");
        if (name.Trim().Length > 100) throw new InvalidDataException($"{where}: the name is limited to 100 characters");
        where = $"{where} '{name.Trim()}'";
        var kindName = kind?.Trim().ToLowerInvariant();
        if (kindName is not ("risk" or "spike")) throw new InvalidDataException($"{where}: kind must be risk or spike, not '{kind}'");
        if (!Uri.TryCreate(webhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new InvalidDataException($"{where}: webhook_url must be an http(s) URL");
        var formatName = (format ?? "json").Trim().ToLowerInvariant();
        if (!Formats.Contains(formatName)) throw new InvalidDataException($"{where}: format must be json, slack or teams, not '{format}'");
        if (minRisk is < 0 or > 1 || minRisk is double.NaN) throw new InvalidDataException($"{where}: min_risk must be between 0 and 1");
        if (maxPerHour is < 1) throw new InvalidDataException($"{where}: max_per_hour must be at least 1");
        return new AlertRule
        {
            Name = name.Trim(),
            Kind = kindName,
            MinRisk = minRisk ?? 0.6,
            Brands = brands?.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToArray() ?? [],
            WebhookUrl = url,
            Format = formatName,
            MaxPerHour = maxPerHour ?? 10,
        };
    }

    private sealed class Document
    {
        public List<RuleDocument>? Alerts { get; set; }
    }

    private sealed class RuleDocument
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public double? MinRisk { get; set; }
        public List<string>? Brands { get; set; }
        public string? WebhookUrl { get; set; }
        public string? Format { get; set; }
        public int? MaxPerHour { get; set; }
    }
}
