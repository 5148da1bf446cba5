using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>
/// Traces and metrics leave over OTLP/HTTP when an endpoint is configured: a local Kestrel receiver stands in for
/// the collector and records what arrives.
/// </summary>
public sealed class OtlpExportTests : IAsyncDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("sl-otlp-").FullName;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();
    private WebApplication? _receiver;
    private WebApplication? _api;

    private async Task<Uri> StartReceiverAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            _received.Enqueue((context.Request.Path, context.Request.ContentType ?? "", body.ToArray()));
            // An empty ExportServiceResponse: everything accepted.
            context.Response.ContentType = "application/x-protobuf";
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await _receiver.StartAsync();
        return new Uri(_receiver.Urls.First());
    }

    private bool Arrived(string path, string text) =>
        _received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Traces_and_metrics_of_the_service_and_of_its_index_reach_the_configured_OTLP_receiver()
    {
        var receiver = await StartReceiverAsync();
        var key = new ApiKeyStore(Path.Combine(_data, "state.db"), TimeProvider.System).Add(ApiRole.Viewer, "otlp").Key;
        _api = ApiHost.Create(new ApiOptions { DataDirectory = _data }, "http://127.0.0.1:0", LogLevel.Warning, builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Observability:OtlpEndpoint"] = receiver.ToString(),
                ["Observability:ExportIntervalMilliseconds"] = "200",
            }));
        await _api.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(_api.Urls.First()) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.GetAsync("/api/search/?q=livraison&limit=1", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // The request's own span ends after its response is written, so it may come in a later export than the index's.
        while (DateTime.UtcNow < deadline && !(Arrived("/v1/traces", "sl.index.search") && Arrived("/v1/traces", "/api/search") && Arrived("/v1/metrics", "sl.index.operation.duration")))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(Arrived("/v1/traces", "sl.index.search"), "no trace with the index search span: " + string.Join(", ", _received.Select(r => r.Path)));
        Assert.True(Arrived("/v1/traces", "/api/search"), "no span of the HTTP request");
        Assert.True(Arrived("/v1/metrics", "sl.index.operation.duration"), "no metric of the index: " + string.Join(", ", _received.Select(r => r.Path)));
        Assert.True(Arrived("/v1/metrics", Hosting.Observability.ServiceName), "the service name is not in the resource");
        Assert.All(_received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task Nothing_is_exported_when_no_endpoint_is_configured()
    {
        var key = new ApiKeyStore(Path.Combine(_data, "state.db"), TimeProvider.System).Add(ApiRole.Viewer, "otlp").Key;
        _api = ApiHost.Create(new ApiOptions { DataDirectory = _data }, "http://127.0.0.1:0", LogLevel.Warning);
        await _api.StartAsync(TestContext.Current.CancellationToken);

        Assert.Null(_api.Services.GetService(typeof(OpenTelemetry.Trace.TracerProvider)));
        Assert.Null(_api.Services.GetService(typeof(OpenTelemetry.Metrics.MeterProvider)));
        using var client = new HttpClient { BaseAddress = new Uri(_api.Urls.First()) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.True((await client.GetAsync("/api/search/?limit=1", TestContext.Current.CancellationToken)).IsSuccessStatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { _api, _receiver })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        Directory.Delete(_data, recursive: true);
    }
}
