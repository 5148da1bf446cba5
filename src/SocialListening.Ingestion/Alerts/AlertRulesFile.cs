using SocialListening.Core.Configuration;
using YamlDotNet.Core;

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
        Document? document;
        try
        {
            document = ConfigurationYaml.Deserialize<Document?>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{name}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        var rules = new List<AlertRule>();
        foreach (var (rule, i) in (document?.Alerts ?? []).Select((r, i) => (r, i + 1)))
        {
            var where = string.IsNullOrWhiteSpace(rule.Name) ? $"{name}: alert {i}" : $"{name}: alert";
            var url = WebhookUrl(rule, string.IsNullOrWhiteSpace(rule.Name) ? where : $"{where} '{rule.Name.Trim()}'", name);
            var built = Build(where, rule.Name, rule.Kind, rule.MinRisk, rule.Brands, url.AbsoluteUri, rule.Format, rule.MaxPerHour);
            if (rules.Any(r => string.Equals(r.Name, built.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidDataException($"{name}: alert '{built.Name}': the name is used twice");
            }
            rules.Add(built);
        }
        return rules;
    }

    /// <summary>
    /// A checked rule from the fields of one entry (file, API or command line); the message starts with
    /// <paramref name="where"/>. Rules added over the API or the command line are kept in the state database, outside
    /// any repository, so their webhook URL may carry its secret; the file's URLs are checked by <c>WebhookUrl</c>.
    /// </summary>
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

    // The URL of a webhook is often its credential: from the environment or a file outside the repository, or
    // written in the file only when it carries no secret.
    private static Uri WebhookUrl(RuleDocument rule, string where, string configPath)
    {
        var given = new[] { rule.WebhookUrl, rule.WebhookUrlEnv, rule.WebhookUrlFile }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given != 1)
        {
            throw new InvalidDataException($"{where}: give exactly one of webhook_url_env (an environment variable holding the URL), webhook_url_file (a file outside the repository) or webhook_url (only for a URL without a secret)");
        }
        string text;
        try
        {
            text = rule.WebhookUrlEnv is { } variable
                ? Environment.GetEnvironmentVariable(variable.Trim()) is { Length: > 0 } value ? value.Trim() : throw new InvalidDataException($"{where}: webhook_url_env names {variable}, which is not set")
                : rule.WebhookUrlFile is { } file
                    ? Secrets.ReadFile($"{where}: webhook_url_file", Path.IsPathRooted(file) ? file : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? "", file))
                    : rule.WebhookUrl!.Trim();
        }
        catch (SecretException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidDataException($"{where}: the webhook URL (webhook_url, webhook_url_env or webhook_url_file) must be an http(s) URL");
        }
        if (rule.WebhookUrl is not null && Secrets.InWebhookUrl(url) is { } secret)
        {
            throw new InvalidDataException($"{where}: webhook_url holds a secret ({secret}) and a configuration file may be committed; put the URL in an environment variable named by webhook_url_env, or in a file outside the repository named by webhook_url_file");
        }
        return url;
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
        public string? WebhookUrlEnv { get; set; }
        public string? WebhookUrlFile { get; set; }
        public string? Format { get; set; }
        public int? MaxPerHour { get; set; }
    }
}
