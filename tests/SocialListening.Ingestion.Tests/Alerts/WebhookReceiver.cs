using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialListening.Ingestion.Tests.Alerts;

/// <summary>
/// A real webhook receiver on 127.0.0.1 (Kestrel, random port). /ok accepts; /flaky answers 500 to its first call
/// then 200; /gone answers 404. Every request's JSON body is kept, per path, in arrival order.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyCalls;

    public ConcurrentQueue<(string Path, JsonElement Body)> Requests { get; } = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url(string path) => new(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), path);

    public IReadOnlyList<JsonElement> Bodies(string path) => [.. Requests.Where(r => r.Path == path).Select(r => r.Body)];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{name}", async (string name, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            receiver.Requests.Enqueue(("/" + name, body.RootElement.Clone()));
            return name switch
            {
                "flaky" => Interlocked.Increment(ref receiver._flakyCalls) == 1 ? Results.StatusCode(500) : Results.Ok(),
                "gone" => Results.NotFound(),
                _ => Results.Ok(),
            };
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
