using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using SocialListening.Api.Hosting;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SocialListening.Cli.Hosting;

/// <summary>
/// The optional `observability:` section of the configuration file (log_format, otlp_endpoint, otlp_protocol,
/// export_interval_ms), handed to the service's configuration below the environment, so that
/// `Observability__...` and `OTEL_EXPORTER_OTLP_ENDPOINT` still win.
/// </summary>
public static class ObservabilitySettings
{
    public static void Apply(string? configPath, IConfigurationBuilder configuration)
    {
        if (configPath is null)
        {
            return;
        }
        var section = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<Document?>(File.ReadAllText(configPath))?.Observability;
        if (section is null)
        {
            return;
        }
        if (section.LogFormat is { } format && format.Trim().ToLowerInvariant() is not ("simple" or "json"))
        {
            throw new CliException($"{configPath}: observability.log_format '{format}' is not 'simple' or 'json'.", 2);
        }
        if (section.OtlpEndpoint is { } endpoint && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new CliException($"{configPath}: observability.otlp_endpoint '{endpoint}' is not an absolute http(s) URL.", 2);
        }
        if (section.OtlpProtocol is { } protocol && protocol.Trim().ToLowerInvariant() is not ("grpc" or "http/protobuf"))
        {
            throw new CliException($"{configPath}: observability.otlp_protocol '{protocol}' is not 'http/protobuf' or 'grpc'.", 2);
        }
        var settings = new Dictionary<string, string?>
        {
            [$"{ObservabilityOptions.Section}:{nameof(ObservabilityOptions.LogFormat)}"] = section.LogFormat,
            [$"{ObservabilityOptions.Section}:{nameof(ObservabilityOptions.OtlpEndpoint)}"] = section.OtlpEndpoint,
            [$"{ObservabilityOptions.Section}:{nameof(ObservabilityOptions.OtlpProtocol)}"] = section.OtlpProtocol,
            [$"{ObservabilityOptions.Section}:{nameof(ObservabilityOptions.ExportIntervalMilliseconds)}"] = section.ExportIntervalMs?.ToString(CultureInfo.InvariantCulture),
        };
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = settings.Where(s => s.Value is not null) });
    }

    private sealed class Document
    {
        public Section? Observability { get; set; }
    }

    private sealed class Section
    {
        public string? LogFormat { get; set; }
        public string? OtlpEndpoint { get; set; }
        public string? OtlpProtocol { get; set; }
        public int? ExportIntervalMs { get; set; }
    }
}
