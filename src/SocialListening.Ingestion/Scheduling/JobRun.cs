using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Quartz;
using SocialListening.Core.Diagnostics;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>
/// The correlation of one scheduled job run: a logging scope carrying the run id (Quartz's fire instance id) and
/// the job, and an activity under which the run's crawl, enrichment and index writes are traced.
/// </summary>
public sealed class JobRun : IDisposable
{
    private readonly IDisposable? _scope;
    private readonly Activity? _activity;

    private JobRun(IDisposable? scope, Activity? activity) => (_scope, _activity) = (scope, activity);

    public static JobRun Begin(ILogger logger, IJobExecutionContext context)
    {
        var job = context.JobDetail.Key.ToString();
        var activity = SlTelemetry.Source.StartActivity("sl.job");
        activity?.SetTag("sl.job", job);
        activity?.SetTag("sl.job.run_id", context.FireInstanceId);
        var scope = logger.BeginScope(new Dictionary<string, object?> { ["JobRunId"] = context.FireInstanceId, ["Job"] = job });
        return new JobRun(scope, activity);
    }

    public void Dispose()
    {
        _scope?.Dispose();
        _activity?.Dispose();
    }
}
