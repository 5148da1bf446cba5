using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Scheduling;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion;

public static class Extensions
{
    /// <summary>
    /// Adds the crawlers and their Quartz scheduler (persistent store, one job per enabled source, engagement
    /// re-observation) to a host. <paramref name="sources"/> are the configured ones; those added at run time come
    /// from the state database in <paramref name="dataDirectory"/>. The caller registers the index (<see cref="Core.Index.IMentionIndex"/>), the
    /// analysis stages (<c>IReadOnlyList&lt;IEnrichmentStage&gt;</c>) and the <see cref="Core.Privacy.AuthorPseudonymiser"/>.
    /// </summary>
    public static IHostApplicationBuilder AddCrawling(this IHostApplicationBuilder builder, CrawlingConfiguration configuration, IReadOnlyList<SourceDefinition> sources, string dataDirectory,
        Action<IQuartzBuilder>? moreJobs = null)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.Crawler);
        services.AddSingleton(configuration.Scheduler);
        var sourceState = new SourceStateStore(dataDirectory);
        services.AddSingleton(sourceState);
        services.AddSingleton(new SourceCatalog(sources, sourceState));
        services.AddSingleton(sp => new SourceControl(sp.GetRequiredService<SourceCatalog>(), sourceState, sp.GetRequiredService<ISchedulerFactory>()));
        services.AddSingleton(sp => new PoliteHttpClient(configuration.Crawler, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PoliteHttpClient>>()));
        services.AddSingleton(sp => new SourceServices(sp.GetRequiredService<PoliteHttpClient>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<Core.Privacy.AuthorPseudonymiser>()));
        services.AddSingleton(sp => new CircuitBreaker(configuration.Crawler, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestMetrics>();
        services.AddSingleton<MentionSink>();
        services.AddSingleton<SourceRunner>();
        services.AddSingleton(new EngagementLog(dataDirectory));
        services.AddSingleton<EngagementRefresher>();

        builder.AddQuartz(q =>
        {
            q.UseTimeProvider(TimeProvider.System);
            moreJobs?.Invoke(q);
            switch (configuration.Scheduler.JobStore)
            {
                case "memory":
                    q.UseInMemoryStore();
                    break;
                case "postgres":
                    q.UsePersistentStore(s =>
                    {
                        s.UsePostgres(configuration.Scheduler.JobStoreConnection!);
                        s.ConfigureStore(o => o.MisfireThreshold = configuration.Scheduler.MisfireThreshold);
                        s.UseClustering(_ => { });
                    });
                    break;
                default:
                    Directory.CreateDirectory(dataDirectory);
                    q.UsePersistentStore(s =>
                    {
                        s.UseSqlite($"Data Source={Path.Combine(dataDirectory, "scheduler.db")}");
                        s.ProvisionSchema();
                        s.ConfigureStore(o => o.MisfireThreshold = configuration.Scheduler.MisfireThreshold);
                    });
                    break;
            }
        });
        services.AddHostedService<ScheduleSynchronizer>();
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>
    /// The alert rules (configured plus added at run time), the sent-alert state and the dispatcher that posts to the
    /// webhooks. The caller registers the index, a <see cref="TimeProvider"/> and, to explain spikes by their growing
    /// phrases, a <see cref="Core.Spikes.ISpikePhrases"/>; the every-minute job is
    /// <see cref="Alerts.AlertsJob.Schedule"/>.
    /// </summary>
    public static IServiceCollection AddAlerting(this IServiceCollection services, Func<IServiceProvider, string> statePath, Func<IServiceProvider, string?> configPath)
    {
        services.AddSingleton(sp => new Alerts.AlertStateStore(statePath(sp)));
        services.AddSingleton(sp => new Alerts.AlertRuleCatalog(
            configPath(sp) is { } config ? Alerts.AlertRulesFile.Load(config) : [],
            new Alerts.AlertRuleStore(statePath(sp))));
        services.AddSingleton(sp => new Alerts.AlertDispatcher(sp.GetRequiredService<Core.Index.IMentionIndex>(), sp.GetRequiredService<Alerts.AlertStateStore>(),
            new Alerts.WebhookSender(WebhookClient(), sp.GetRequiredService<TimeProvider>()), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Core.Spikes.ISpikePhrases>()));
        return services;
    }

    // One client for the process's webhooks; recycled connections so a webhook host's DNS change is picked up.
    private static HttpClient WebhookClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(15) };
}
