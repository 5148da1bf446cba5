using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Ingestion.Crawling;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>
/// Crawls one source (named in the job data). Never two runs of the same source at once; progress is reported to
/// Quartz after each committed batch; interrupting the job cancels the run between commits.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CrawlJob(SourceCatalog catalog, SourceRunner runner, ILogger<CrawlJob> logger) : IJob
{
    public const string Group = "sources";
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var run = JobRun.Begin(logger, context);
        var name = context.MergedJobDataMap.GetString(SourceKey);
        if (catalog.Find(name) is not { Enabled: true } definition)
        {
            logger.LogWarning("Job {Job}: source {Source} is not configured or is paused; nothing to do", context.JobDetail.Key, name);
            return;
        }
        // A source cannot know how much is new before fetching it: the page budget is the honest upper bound.
        var budget = definition.IntParameter("max_pages", 10);
        var progress = new Callback(p => context.ReportProgress(Math.Min(99, 100 * p.Batches / budget),
            $"{p.Batches} batches, {p.Added} new, {p.Updated} updated, {p.Skipped} skipped"));
        try
        {
            var result = await runner.RunAsync(definition, progress, cancellationToken).ConfigureAwait(false);
            context.Result = $"{result.Added} new, {result.Updated} updated, {result.Skipped} skipped";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("{Source}: run cancelled; committed batches are kept and the next run resumes after them", name);
        }
        catch (Exception e)
        {
            // The runner has logged it and told the circuit breaker; Quartz need not log the stack trace again.
            context.Result = "failed: " + e.Message;
        }
    }

    private sealed class Callback(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
