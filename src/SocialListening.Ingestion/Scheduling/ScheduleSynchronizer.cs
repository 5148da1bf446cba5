using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Configuration;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>
/// Makes the persistent schedule match the sources at start-up: one job per enabled source with its cron trigger,
/// the re-observation job, and no job for a removed or paused source. A trigger whose cron did not change is left
/// alone, so the store keeps its next fire time and a run missed while the scheduler was down is detected as a
/// misfire and run once (fire-and-proceed), instead of being forgotten.
/// </summary>
public sealed class ScheduleSynchronizer(ISchedulerFactory factory, SourceCatalog catalog, SchedulerOptions options, ILogger<ScheduleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var wanted = catalog.All.Where(s => s.Enabled).ToDictionary(s => new JobKey(s.Name, CrawlJob.Group), s => s.Schedule);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlJob.Group), cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.ContainsKey(key))
            {
                await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Unscheduled {Source} (removed or paused)", key.Name);
            }
        }
        foreach (var (key, cron) in wanted)
        {
            var job = JobBuilder.Create<CrawlJob>().WithIdentity(key).UsingJobData(CrawlJob.SourceKey, key.Name).StoreDurably().Build();
            await EnsureAsync(scheduler, job, new TriggerKey(key.Name, CrawlJob.Group), cron, cancellationToken).ConfigureAwait(false);
        }
        var reobserve = JobBuilder.Create<ReobserveJob>().WithIdentity(ReobserveJob.Key).StoreDurably().Build();
        await EnsureAsync(scheduler, reobserve, new TriggerKey(ReobserveJob.Key.Name, ReobserveJob.Key.Group), options.ReobserveSchedule, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Count} sources", wanted.Count);
    }

    private static async Task EnsureAsync(IScheduler scheduler, IJobDetail job, TriggerKey triggerKey, string cron, CancellationToken cancellationToken)
    {
        if (await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false) is ICronTrigger existing
            && existing.CronExpressionString == cron
            && await scheduler.GetJobDetail(job.Key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(job)
            .WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
