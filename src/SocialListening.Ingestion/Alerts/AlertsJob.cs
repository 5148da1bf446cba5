using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Scheduling;

namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// Evaluates the alert rules every minute inside `sl run`, so a complaint or a spike that takes off reaches the
/// webhooks within a minute of being indexed. Deduplication and rate limits live in the dispatcher's state.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AlertsJob(AlertDispatcher dispatcher, AlertRuleCatalog rules, ILogger<AlertsJob> logger) : IJob
{
    public static readonly JobKey Key = new("alerts", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var run = JobRun.Begin(logger, context);
        foreach (var result in await dispatcher.RunAsync(rules.All, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Alert rule {Rule}: {Candidates} candidates, {Sent} sent, {AlreadySent} already sent, {RateLimited} rate-limited, {Failed} failed",
                result.Rule, result.Candidates, result.Sent, result.AlreadySent, result.RateLimited, result.Failed);
        }
    }

    /// <summary>Registers the job with a one-minute trigger (rules can be added while the service runs).</summary>
    public static void Schedule(IQuartzBuilder options)
    {
        options.AddJob<AlertsJob>(job => job.WithIdentity(Key).StoreDurably());
        options.AddTrigger(trigger => trigger.ForJob(Key).WithIdentity("alerts-every-minute", "alerts").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
    }
}
