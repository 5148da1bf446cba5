using Quartz;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>The Quartz job and cron trigger of one source, shared by the start-up synchronisation and live changes.</summary>
public static class SourceSchedule
{
    public static JobKey JobKey(string source) => new(source, CrawlJob.Group);

    public static TriggerKey TriggerKey(string source) => new(source, CrawlJob.Group);

    public static Task EnsureAsync(IScheduler scheduler, SourceDefinition source, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<CrawlJob>().WithIdentity(JobKey(source.Name)).UsingJobData(CrawlJob.SourceKey, source.Name).StoreDurably().Build();
        return EnsureAsync(scheduler, job, TriggerKey(source.Name), source.Schedule, cancellationToken);
    }

    /// <summary>
    /// Schedules the job with its cron trigger, unless the same cron is already stored: then the store keeps its next
    /// fire time, and a run missed while the scheduler was down is a misfire run once (fire-and-proceed).
    /// </summary>
    public static async Task EnsureAsync(IScheduler scheduler, IJobDetail job, TriggerKey triggerKey, string cron, CancellationToken cancellationToken)
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
}
