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
    /// re-observation) to a host. The caller registers the index (<see cref="Core.Index.IMentionIndex"/>), the
    /// analysis stages (<c>IReadOnlyList&lt;IEnrichmentStage&gt;</c>) and the <see cref="Core.Privacy.AuthorPseudonymiser"/>.
    /// </summary>
    public static IHostApplicationBuilder AddCrawling(this IHostApplicationBuilder builder, CrawlingConfiguration configuration, IReadOnlyList<SourceDefinition> sources, string dataDirectory,
        Action<IQuartzBuilder>? moreJobs = null)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.Crawler);
        services.AddSingleton(configuration.Scheduler);
        services.AddSingleton(new SourceCatalog(sources));
        services.AddSingleton(sp => new PoliteHttpClient(configuration.Crawler, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PoliteHttpClient>>()));
        services.AddSingleton(sp => new SourceServices(sp.GetRequiredService<PoliteHttpClient>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<Core.Privacy.AuthorPseudonymiser>()));
        services.AddSingleton(sp => new CircuitBreaker(configuration.Crawler, sp.GetRequiredService<TimeProvider>()));
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
}
