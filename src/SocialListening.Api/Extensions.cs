using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using SocialListening.Analysis.Phrases;
using SocialListening.Api.Features.Admin;
using SocialListening.Api.Features.Alerts;
using SocialListening.Api.Features.Catalog;
using SocialListening.Api.Features.Export;
using SocialListening.Api.Features.Health;
using SocialListening.Api.Features.Insights;
using SocialListening.Api.Features.Privacy;
using SocialListening.Api.Features.Search;
using SocialListening.Api.Features.Sources;
using SocialListening.Api.Features.Triage;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Spikes;
using SocialListening.Core.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialListening.Ingestion.Privacy;
using SocialListening.Core.Territory;
using SocialListening.Ingestion;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Scheduling;
using SocialListening.Ingestion.Triage;
using SocialListening.Search.Lucene;

namespace SocialListening.Api;

public static class Extensions
{
    /// <summary>The API's services: the index (this process owns it), the catalog, key and triage stores, security, OpenAPI.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogSource>();
        // Resolved per request, so that a reloaded configuration applies to the next request.
        services.AddTransient(sp => sp.GetRequiredService<CatalogSource>().Current);
        services.AddSingleton<IMentionIndex>(sp => new InstrumentedMentionIndex(new LuceneMentionIndex(Options(sp).IndexDirectory)));
        services.AddTransient<BrandInsights>();
        // Per request, like the catalog: brand names are left out of the phrases.
        services.AddTransient<ISpikePhrases>(sp => new SpikePhrases(BrandWords.Of(sp.GetRequiredService<BrandCatalog>())));
        services.AddSingleton(sp => new ApiKeyStore(Options(sp).StatePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TriageStore(Options(sp).StatePath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RequestMetrics>();
        services.AddAlerting(sp => Options(sp).StatePath, sp => Options(sp).ConfigPath);
        // Without the scheduler (`sl serve`, `sl demo`) source changes are stored for the next `sl run`; `sl run`
        // registers its own, bound to the scheduler, after this one.
        services.AddSingleton(sp =>
        {
            var state = new SourceStateStore(Options(sp).DataDirectory);
            return new SourceControl(new SourceCatalog(CrawlingConfigurationFile.Load(Options(sp).ConfigPath).Sources, state), state);
        });
        services.TryAddSingleton(sp => AuthorKeyStore.LoadRing(Options(sp).DataDirectory));
        services.TryAddSingleton(sp => new PrivacyAuditStore(Options(sp).StatePath));
        services.TryAddSingleton(sp => new MentionState(Options(sp).StatePath));
        services.TryAddSingleton(sp => new AuthorEraser(sp.GetRequiredService<IMentionIndex>(), sp.GetRequiredService<AuthorKeyRing>(),
            sp.GetRequiredService<PrivacyAuditStore>(), sp.GetRequiredService<MentionState>(), sp.GetRequiredService<TimeProvider>(),
            [Path.Combine(Options(sp).DataDirectory, "rejects")], sp.GetService<ILogger<AuthorEraser>>()));
        services.TryAddSingleton(sp => new AuthorExporter(sp.GetRequiredService<IMentionIndex>(), sp.GetRequiredService<AuthorKeyRing>(),
            sp.GetRequiredService<PrivacyAuditStore>(), sp.GetRequiredService<TriageStore>(), sp.GetRequiredService<MentionState>(), sp.GetRequiredService<TimeProvider>()));
        services.AddTransient<HealthChecks>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // A parameter that does not bind (limit=abc) becomes a ProblemDetails naming it, not a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(OpenApiDocument.Configure);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization(RolePolicies.Add);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) => ConfigureRateLimits(limiter, api.Value));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiOptions>>((kestrel, api) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return builder;
    }

    /// <summary>The pipeline: metrics, errors as ProblemDetails, security headers, dashboards, keys, rate limits, endpoints.</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        // Load the configuration now: a broken file stops the start with its message, not the first request.
        _ = app.Services.GetRequiredService<CatalogSource>().Current;
        app.Use(Observability.RequestIdHeader);
        app.Use(SecurityHeaders.Middleware);
        app.Use(RequestMetrics.Middleware(app.Services.GetRequiredService<RequestMetrics>()));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var dashboards = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.ResolvedDashboardsDirectory;
        if (Directory.Exists(dashboards))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(dashboards));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapSearchApi();
        app.MapInsightsApi();
        app.MapExportApi();
        app.MapTriageApi();
        app.MapCatalogApi();
        app.MapSourcesApi();
        app.MapAlertsApi();
        app.MapHealthApi();
        app.MapAdminApi();
        app.MapPrivacyApi();
        return app;
    }

    private static ApiOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ApiOptions>>().Value;

    // One budget per API key (per client address for requests without a valid key), so one noisy script cannot starve the dashboards.
    private static void ConfigureRateLimits(RateLimiterOptions limiter, ApiOptions api)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var key = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } prefix
                ? "key:" + prefix
                : "ip:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = api.RateLimitPermits,
                Window = TimeSpan.FromSeconds(api.RateLimitWindowSeconds),
                QueueLimit = 0,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, ct) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await Results.Problem(
                detail: $"This API key made more than {api.RateLimitPermits} requests in {api.RateLimitWindowSeconds} s; retry later.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Rate limit exceeded").ExecuteAsync(context.HttpContext).ConfigureAwait(false);
        };
    }
}
