using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;
using SocialListening.Core.Configuration;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Sources;
using YamlDotNet.Core;

namespace SocialListening.Ingestion.Configuration;

/// <summary>
/// Reads and checks the <c>crawler:</c> and <c>sources:</c> sections of the configuration file. Every mistake is
/// reported at once, each naming the entry and the setting.
/// </summary>
public static partial class CrawlingConfigurationFile
{
    public static CrawlingConfiguration Load(string? path)
    {
        if (path is null)
        {
            return CrawlingConfiguration.Empty;
        }
        var configuration = Parse(File.ReadAllText(path), path);
        // A watched folder written relative to the configuration file means next to it, as 'data:' does.
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return configuration with
        {
            Sources = configuration.Sources.Select(s => s.Kind == "folder" && s.Parameter("path") is { } folder && !Path.IsPathRooted(folder)
                ? s with { Parameters = new Dictionary<string, string>(s.Parameters) { ["path"] = Path.Combine(directory, folder) } }
                : s).ToList(),
        };
    }

    public static CrawlingConfiguration Parse(string yaml, string origin = "configuration")
    {
        Document? document;
        try
        {
            document = ConfigurationYaml.Deserialize<Document?>(yaml);
        }
        catch (YamlException e)
        {
            throw new SourceConfigurationException($"{origin}: line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }
        document ??= new Document();
        var errors = new List<string>();
        var crawler = Crawler(document.Crawler ?? new CrawlerSection(), errors);
        var scheduler = Scheduler(document.Crawler ?? new CrawlerSection(), errors);
        var sources = new List<SourceDefinition>();
        foreach (var (entry, i) in document.Sources.Select((s, i) => (s, i)))
        {
            var definition = new SourceDefinition
            {
                Name = entry.Name?.Trim() ?? "",
                Kind = entry.Kind?.Trim().ToLowerInvariant() ?? "",
                Url = entry.Url?.Trim(),
                Schedule = entry.Schedule?.Trim() ?? new SourceDefinition { Name = "", Kind = "" }.Schedule,
                Enabled = entry.Enabled ?? true,
                Parameters = entry.Params ?? new Dictionary<string, string>(),
                RetentionDays = entry.RetentionDays,
            };
            errors.AddRange(Validate(definition).Select(e => $"sources[{i}]: {e}"));
            if (sources.Any(s => s.Name == definition.Name))
            {
                errors.Add($"sources[{i}]: the name '{definition.Name}' is used twice.");
            }
            sources.Add(definition);
        }
        var retention = Retention(document.Retention, errors);
        if (errors.Count > 0)
        {
            throw new SourceConfigurationException($"{origin}: " + string.Join(Environment.NewLine + "  ", errors));
        }
        var configuration = new CrawlingConfiguration(crawler, scheduler, sources) { Retention = retention };
        return configuration with { Retention = configuration.RetentionFor(sources) };
    }

    /// <summary>The mistakes in one source entry (empty when it is usable).</summary>
    public static IReadOnlyList<string> Validate(SourceDefinition definition)
    {
        var errors = new List<string>();
        var label = definition.Name.Length == 0 ? "" : $"({definition.Name}) ";
        if (!NamePattern().IsMatch(definition.Name))
        {
            errors.Add($"{label}'name' must be 1-64 characters: lower-case letters, digits, '-', '_' or '.'.");
        }
        if (!SourceKinds.All.Contains(definition.Kind))
        {
            errors.Add($"{label}'kind' must be one of {string.Join(", ", SourceKinds.All)} (got '{definition.Kind}').");
        }
        if (definition.RetentionDays is < 1)
        {
            errors.Add($"{label}'retention_days' must be 1 or more (got {definition.RetentionDays}); leave it out to use retention.default_days.");
        }
        if (!CronExpression.TryParse(definition.Schedule, out _))
        {
            errors.Add($"{label}'schedule' '{definition.Schedule}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 */15 * * * ?').");
        }
        var needsUrl = definition.Kind is "rss" or "mastodon" or "reviews";
        if (definition.Url is not null || needsUrl)
        {
            if (definition.Kind != "folder" && (!Uri.TryCreate(definition.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                errors.Add($"{label}'url' must be an absolute http(s) URL (got '{definition.Url}').");
            }
        }
        string[] required = definition.Kind switch
        {
            "bluesky" => ["query"],
            "appstore" => ["app_id"],
            "folder" when definition.Url is null => ["path"],
            _ => [],
        };
        errors.AddRange(required.Where(p => definition.Parameter(p) is null).Select(p => $"{label}params.{p} is required for kind '{definition.Kind}'."));
        if (definition.Kind == "mastodon" && definition.Parameter("hashtag") is null && definition.Parameter("account") is null)
        {
            errors.Add($"{label}params.hashtag or params.account is required for kind 'mastodon'.");
        }
        if (definition.Kind == "reddit" && definition.Parameter("subreddit") is null && definition.Parameter("query") is null)
        {
            errors.Add($"{label}params.subreddit or params.query is required for kind 'reddit'.");
        }
        return errors;
    }

    private static CrawlerOptions Crawler(CrawlerSection c, List<string> errors)
    {
        var defaults = new CrawlerOptions();
        if (c.ContactUrl is not null && !Uri.TryCreate(c.ContactUrl, UriKind.Absolute, out _))
        {
            errors.Add($"crawler.contact_url must be an absolute URL (got '{c.ContactUrl}').");
        }
        if (c.PerHostRps is <= 0)
        {
            errors.Add("crawler.per_host_rps must be above 0.");
        }
        if (c.UserAgent is { } agent && (agent.Length == 0 || agent.Any(ch => ch < ' ' || ch > '~')))
        {
            errors.Add("crawler.user_agent must be printable ASCII.");
        }
        return defaults with
        {
            UserAgent = c.UserAgent ?? defaults.UserAgent,
            ContactUrl = c.ContactUrl,
            AllowPrivateNetworks = c.AllowPrivateNetworks ?? false,
            AllowedPrivateHosts = c.AllowPrivateHosts ?? [],
            PerHostRps = c.PerHostRps ?? defaults.PerHostRps,
            PerHostConcurrency = c.PerHostConcurrency ?? defaults.PerHostConcurrency,
            Timeout = c.TimeoutSeconds is > 0 ? TimeSpan.FromSeconds(c.TimeoutSeconds.Value) : defaults.Timeout,
            MaxResponseBytes = c.MaxResponseMb is > 0 ? (long)(c.MaxResponseMb.Value * 1024 * 1024) : defaults.MaxResponseBytes,
            MaxRetries = c.MaxRetries ?? defaults.MaxRetries,
            BaseBackoff = c.BackoffSeconds is > 0 ? TimeSpan.FromSeconds(c.BackoffSeconds.Value) : defaults.BaseBackoff,
            MaxBackoff = c.MaxBackoffSeconds is > 0 ? TimeSpan.FromSeconds(c.MaxBackoffSeconds.Value) : defaults.MaxBackoff,
            RespectRobotsTxt = c.RespectRobotsTxt ?? true,
            BreakerThreshold = c.BreakerThreshold ?? defaults.BreakerThreshold,
            BreakerCooldown = c.BreakerCooldownMinutes is > 0 ? TimeSpan.FromMinutes(c.BreakerCooldownMinutes.Value) : defaults.BreakerCooldown,
        };
    }

    private static SchedulerOptions Scheduler(CrawlerSection c, List<string> errors)
    {
        var defaults = new SchedulerOptions();
        var store = c.JobStore?.Trim().ToLowerInvariant() ?? defaults.JobStore;
        if (store is not ("sqlite" or "postgres" or "memory"))
        {
            errors.Add($"crawler.job_store must be sqlite, postgres or memory (got '{c.JobStore}').");
        }
        if (store == "postgres" && string.IsNullOrWhiteSpace(c.JobStoreConnection))
        {
            errors.Add("crawler.job_store_connection is required when crawler.job_store is postgres.");
        }
        if (c.ReobserveSchedule is { } cron && !CronExpression.TryParse(cron, out _))
        {
            errors.Add($"crawler.reobserve_schedule '{cron}' is not a Quartz cron expression.");
        }
        return defaults with
        {
            JobStore = store,
            JobStoreConnection = c.JobStoreConnection,
            ReobserveSchedule = c.ReobserveSchedule ?? defaults.ReobserveSchedule,
            MisfireThreshold = c.MisfireThresholdSeconds is > 0 ? TimeSpan.FromSeconds(c.MisfireThresholdSeconds.Value) : defaults.MisfireThreshold,
            ReobserveWindow = c.ReobserveHours is > 0 ? TimeSpan.FromHours(c.ReobserveHours.Value) : defaults.ReobserveWindow,
        };
    }

    private static RetentionPolicy Retention(RetentionSection? section, List<string> errors)
    {
        if (section is null)
        {
            return RetentionPolicy.Standard;
        }
        if (section.DefaultDays is < 0)
        {
            errors.Add($"retention.default_days must be 0 (keep forever) or more (got {section.DefaultDays}).");
        }
        if (section.Schedule is { } cron && !CronExpression.TryParse(cron, out _))
        {
            errors.Add($"retention.schedule '{cron}' is not a Quartz cron expression.");
        }
        return RetentionPolicy.Standard with
        {
            Default = section.DefaultDays switch
            {
                null => RetentionPolicy.BuiltInDefault,
                0 => null,
                var days => TimeSpan.FromDays(days.Value),
            },
            Schedule = section.Schedule ?? RetentionPolicy.DefaultSchedule,
        };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    private sealed class Document
    {
        public CrawlerSection? Crawler { get; set; }
        public List<SourceEntry> Sources { get; set; } = [];
        public RetentionSection? Retention { get; set; }
    }

    private sealed class RetentionSection
    {
        public int? DefaultDays { get; set; }
        public string? Schedule { get; set; }
    }

    private sealed class CrawlerSection
    {
        public string? UserAgent { get; set; }
        public string? ContactUrl { get; set; }
        public bool? AllowPrivateNetworks { get; set; }
        public List<string>? AllowPrivateHosts { get; set; }
        public double? PerHostRps { get; set; }
        public int? PerHostConcurrency { get; set; }
        public double? TimeoutSeconds { get; set; }
        public double? MaxResponseMb { get; set; }
        public int? MaxRetries { get; set; }
        public double? BackoffSeconds { get; set; }
        public double? MaxBackoffSeconds { get; set; }
        public bool? RespectRobotsTxt { get; set; }
        public int? BreakerThreshold { get; set; }
        public double? BreakerCooldownMinutes { get; set; }
        public string? JobStore { get; set; }
        public string? JobStoreConnection { get; set; }
        public string? ReobserveSchedule { get; set; }
        public double? MisfireThresholdSeconds { get; set; }
        public double? ReobserveHours { get; set; }
    }

    private sealed class SourceEntry
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? Url { get; set; }
        public string? Schedule { get; set; }
        public bool? Enabled { get; set; }
        public Dictionary<string, string>? Params { get; set; }
        public int? RetentionDays { get; set; }
    }
}
