using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Index;
using SocialListening.Api;

namespace SocialListening.Cli.Hosting;

/// <summary>Runs the API and dashboards over the settings' data folder until the command is cancelled (Ctrl+C).</summary>
public static class ApiServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task RunAsync(SlSettings settings, string urls, string? dashboards, Action<IReadOnlyList<string>> started, CancellationToken ct,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        if (dashboards is not null && !File.Exists(Path.Combine(dashboards, "index.html")))
        {
            throw new CliException($"'{dashboards}' holds no dashboards (no index.html).", 2);
        }
        Ingestion.State.StorageFailure.EnsureWritable(settings.DataDirectory);
        var options = new ApiOptions
        {
            DataDirectory = settings.DataDirectory,
            ConfigPath = settings.ConfigPath,
            DashboardsDirectory = dashboards is null ? null : Path.GetFullPath(dashboards),
        };
        // The index backend follows the configuration (Lucene or Elasticsearch), as for every other command;
        // a caller that brings its own services (sl run) registers the same instance after this one.
        await using var app = ApiHost.Create(options, urls, LogLevel.Warning, builder =>
        {
            builder.Services.AddSingleton<IMentionIndex>(_ => IndexSettings.Open(settings));
            ObservabilitySettings.Apply(settings.ConfigPath, builder.Configuration);
            configure?.Invoke(builder);
        });
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException && e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"Cannot listen on {urls}: {e.Message} Choose another address with --urls.", 1);
        }
        started([.. app.Urls.Select(u => u.TrimEnd('/'))]);
        try
        {
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way to stop a server.
        }
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public static void PrintDashboards(string baseUrl, string? key)
    {
        var fragment = key is null ? "" : "#key=" + Uri.EscapeDataString(key);
        Console.WriteLine("Dashboards:");
        Console.WriteLine($"  brand manager      {baseUrl}/brand.html{fragment}");
        Console.WriteLine($"  community manager  {baseUrl}/community.html{fragment}");
        Console.WriteLine($"  analyst            {baseUrl}/analyst.html{fragment}");
        Console.WriteLine($"API: {baseUrl}/api/... (OpenAPI document: {baseUrl}/openapi/v1.json), /health, /metrics");
    }
}
