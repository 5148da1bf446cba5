using Microsoft.Extensions.Logging;
using Quartz;

namespace SocialListening.Ingestion.Privacy;

/// <summary>Applies the retention policy on its schedule inside `sl run` (every night by default).</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRunner runner, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(dryRun: false, by: "retention-job", cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Retention: {Mentions} mentions deleted from {Sources} source(s), {RawFiles} expired raw input files", result.Mentions, result.Sources.Count(s => s.Mentions > 0), result.RawFiles);
    }

    public static void Schedule(IQuartzBuilder options, RetentionPolicy policy)
    {
        options.AddJob<RetentionJob>(job => job.WithIdentity(Key).StoreDurably());
        options.AddTrigger(trigger => trigger.ForJob(Key).WithIdentity("retention-schedule", "privacy").WithCronSchedule(policy.Schedule));
    }
}
