using SocialListening.Api.Hosting;

namespace SocialListening.Api;

/// <summary>Builds the web application for `sl serve`, `sl demo` and the tests: the same pipeline everywhere.</summary>
public static class ApiHost
{
    /// <param name="configure">More services for the same host, registered after the API's (so they win): `sl run` adds the crawlers.</param>
    public static WebApplication Create(ApiOptions options, string urls, LogLevel minimumLevel = LogLevel.Information, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        var settings = new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataDirectory)}"] = options.DataDirectory,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.ConfigPath)}"] = options.ConfigPath,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DashboardsDirectory)}"] = options.DashboardsDirectory,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.RateLimitPermits)}"] = options.RateLimitPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{ApiOptions.Section}:{nameof(ApiOptions.RateLimitWindowSeconds)}"] = options.RateLimitWindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{ApiOptions.Section}:{nameof(ApiOptions.MaxRequestBodyBytes)}"] = options.MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{ApiOptions.Section}:{nameof(ApiOptions.MinFreeDiskBytes)}"] = options.MinFreeDiskBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        // Lowest priority: environment variables (Api__RateLimitPermits=100) still override what the caller passed.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings });
        builder.Logging.SetMinimumLevel(minimumLevel);
        // Authentication brings data protection along; this API issues no cookies, so its key-storage warning is noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A failed start (address in use) reaches the caller as an exception, which reports it in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.WebHost.UseUrls(urls);
        builder.AddApi();
        configure?.Invoke(builder);
        // After the caller's additions, so that a caller's configuration (tests, `sl run`) chooses the exporters too.
        builder.AddObservability();
        var app = builder.Build();
        app.UseApi();
        return app;
    }
}
