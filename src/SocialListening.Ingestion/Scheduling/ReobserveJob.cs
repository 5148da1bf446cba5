using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Crawling;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>Re-observes the engagement of recent posts of every enabled source that can, one source after another.</summary>
[DisallowConcurrentExecution]
public sealed class ReobserveJob(SourceCatalog catalog, EngagementRefresher refresher, SchedulerOptions options, ILogger<ReobserveJob> logger) : IJob
{
    public static readonly JobKey Key = new("reobserve", "engagement");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var run = JobRun.Begin(logger, context);
        var sources = catalog.All.Where(s => s.Enabled).ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.ReportProgress(100 * i / sources.Count, sources[i].Name);
            try
            {
                await refresher.RefreshAsync(sources[i], options.ReobserveWindow, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("{Source}: engagement re-observation failed: {Error}", sources[i].Name, e.Message);
            }
        }
    }
}
