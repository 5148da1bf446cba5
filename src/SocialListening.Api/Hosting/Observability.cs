using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SocialListening.Core.Diagnostics;

namespace SocialListening.Api.Hosting;

/// <summary>
/// The <c>Observability</c> configuration section (environment: <c>Observability__LogFormat=json</c>): the console
/// log format and where OpenTelemetry traces and metrics go. Nothing is exported unless an OTLP endpoint is set,
/// here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable.
/// </summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary><c>simple</c> (one line per entry, for a terminal) or <c>json</c> (one JSON object per line, for a log collector).</summary>
    public string LogFormat { get; set; } = "simple";

    /// <summary>Base URL of the OTLP receiver (e.g. <c>http://collector:4318</c>); signals go to /v1/traces and /v1/metrics.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>http/protobuf</c> (default) or <c>grpc</c>; <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> also sets it.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>How often metrics are pushed and queued spans flushed.</summary>
    public int ExportIntervalMilliseconds { get; set; } = 15_000;
}

public static class Observability
{
    public const string ServiceName = "sociallistening";

    /// <summary>
    /// Console logs with scopes (each HTTP request's RequestId and trace id, each job run's JobRunId), in the
    /// configured format; and, when an OTLP endpoint is configured, OpenTelemetry traces and metrics of the
    /// product (import, enrichment, crawl, index operations), of ASP.NET Core, outgoing HTTP and the runtime.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        switch (options.LogFormat.Trim().ToLowerInvariant())
        {
            case "json":
                builder.Logging.AddJsonConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                });
                break;
            case "simple":
                builder.Logging.AddSimpleConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.ColorBehavior = LoggerColorBehavior.Disabled;
                });
                break;
            default:
                throw new InvalidOperationException($"Observability:LogFormat '{options.LogFormat}' is not a log format; use simple or json.");
        }
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var endpoint = options.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }
        if (!Uri.TryCreate(endpoint.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"The OTLP endpoint '{endpoint}' is not an absolute http(s) URL.");
        }
        var grpc = string.Equals(options.OtlpProtocol ?? builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "grpc", StringComparison.OrdinalIgnoreCase);
        void Exporter(OtlpExporterOptions o, string signal)
        {
            // gRPC takes the base address; OTLP/HTTP wants each signal's own path.
            o.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
            o.Endpoint = grpc ? baseUri : new Uri(baseUri, signal);
            o.BatchExportProcessorOptions.ScheduledDelayMilliseconds = options.ExportIntervalMilliseconds;
        }
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddSource(SlTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Exporter(o, "v1/traces")))
            .WithMetrics(m => m
                .AddMeter(SlTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter((o, reader) =>
                {
                    Exporter(o, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ExportIntervalMilliseconds;
                }));
        return builder;
    }

    /// <summary>Gives every response its request id (the RequestId of the request's log entries), to quote when reporting a problem.</summary>
    public static Task RequestIdHeader(HttpContext context, Func<Task> next)
    {
        context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
        return next();
    }
}
