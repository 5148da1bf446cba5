using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Configuration;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>
/// Makes the persistent schedule match the sources at start-up: one job per enabled source with its cron trigger,
/// the re-observation job, and no job for a removed or paused source. A trigger whose cron did not change is left
/// alone (<see cref="SourceSchedule.EnsureAsync(IScheduler, IJobDetail, TriggerKey, string, CancellationToken)"/>).
/// Changes made while the service runs go through <see cref="SourceControl"/>.
/// </summary>
public sealed class ScheduleSynchronizer(ISchedulerFactory factory, SourceCatalog catalog, SchedulerOptions options, ILogger<ScheduleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var wanted = catalog.All.Where(s => s.Enabled).ToDictionary(s => SourceSchedule.JobKey(s.Name));
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlJob.Group), cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.ContainsKey(key))
            {
                await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Unscheduled {Source} (removed or paused)", key.Name);
            }
        }
        foreach (var source in wanted.Values)
        {
            await SourceSchedule.EnsureAsync(scheduler, source, cancellationToken).ConfigureAwait(false);
        }
        var reobserve = JobBuilder.Create<ReobserveJob>().WithIdentity(ReobserveJob.Key).StoreDurably().Build();
        await SourceSchedule.EnsureAsync(scheduler, reobserve, new TriggerKey(ReobserveJob.Key.Name, ReobserveJob.Key.Group), options.ReobserveSchedule, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Count} sources", wanted.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
