using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>A real Kestrel server on 127.0.0.1 serving the payloads a test registers, and recording every request.</summary>
public sealed class FakeSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    private FakeSite(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<FakeSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new FakeSite(app);
        app.Run(async context =>
        {
            site.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            if (site._routes.TryGetValue(context.Request.Path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUri = new Uri(address);
        return site;
    }

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void Json(string path, string body) => Map(path, c => Write(c, "application/json", body));

    public static async Task Write(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType + "; charset=utf-8";
        await context.Response.WriteAsync(body);
    }

    public int Count(string pathPrefix) => Requests.Count(r => r.StartsWith(pathPrefix, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
