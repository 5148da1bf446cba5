using Quartz;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Scheduling;

/// <summary>A source as listed to operators: its definition, where it comes from and when it runs next.</summary>
public sealed record SourceStatus(SourceDefinition Definition, bool Configured, DateTimeOffset? NextRun);

/// <summary>A change to the sources that contradicts their state (a name taken, a configured source removed, a paused one run).</summary>
public sealed class SourceConflictException(string message) : Exception(message);

/// <summary>No source has the name given.</summary>
public sealed class SourceNotFoundException(string message) : Exception(message);

/// <summary>
/// Adds, pauses, resumes, removes and runs sources while the service runs (the API's sources group). Changes are
/// kept in DATA/state.db like <c>sl sources</c>; when this process runs the scheduler they also apply to it at
/// once (a job scheduled, paused or triggered), otherwise at the next <c>sl run</c> start.
/// </summary>
public sealed class SourceControl(SourceCatalog catalog, SourceStateStore state, ISchedulerFactory? schedulers = null)
{
    /// <summary>Whether this process runs the crawl scheduler (so changes and "run now" apply at once).</summary>
    public bool Schedules => schedulers is not null;

    public async Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var statuses = new List<SourceStatus>();
        foreach (var source in catalog.All)
        {
            DateTimeOffset? next = null;
            if (scheduler is not null && await scheduler.GetTrigger(SourceSchedule.TriggerKey(source.Name), cancellationToken).ConfigureAwait(false) is { } trigger)
            {
                next = trigger.NextFireTimeUtc;
            }
            statuses.Add(new SourceStatus(source, catalog.IsConfigured(source.Name), next));
        }
        return statuses;
    }

    public async Task<SourceStatus> AddAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var errors = CrawlingConfigurationFile.Validate(source);
        if (errors.Count > 0)
        {
            throw new SourceConfigurationException(string.Join("; ", errors));
        }
        if (catalog.Find(source.Name) is not null)
        {
            throw new SourceConflictException(catalog.IsConfigured(source.Name)
                ? $"'{source.Name}' is defined in the configuration file; edit it there."
                : $"A source named '{source.Name}' exists; remove it first to redefine it.");
        }
        state.Add(source);
        await ApplyAsync(source.Name, cancellationToken).ConfigureAwait(false);
        return await StatusAsync(source.Name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SourceStatus> SetPausedAsync(string name, bool paused, CancellationToken cancellationToken)
    {
        Require(name);
        state.SetPaused(name, paused);
        await ApplyAsync(name, cancellationToken).ConfigureAwait(false);
        return await StatusAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a source added at run time; its mentions and cursor stay in the index.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        Require(name);
        if (catalog.IsConfigured(name))
        {
            throw new SourceConflictException($"'{name}' is defined in the configuration file; remove it there.");
        }
        state.Remove(name);
        await ApplyAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a crawl of the source now through the scheduler (never two at once: the job disallows it).</summary>
    public async Task RunNowAsync(string name, CancellationToken cancellationToken)
    {
        var source = Require(name);
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new SourceConflictException($"This process does not run the crawl scheduler: start the service with 'sl run', or crawl once with 'sl sources run {name}' while nothing else holds the index.");
        if (!source.Enabled)
        {
            throw new SourceConflictException($"'{name}' is paused; resume it first.");
        }
        await SourceSchedule.EnsureAsync(scheduler, source, cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(SourceSchedule.JobKey(name), cancellationToken).ConfigureAwait(false);
    }

    private SourceDefinition Require(string name) =>
        catalog.Find(name) ?? throw new SourceNotFoundException($"No source is named '{name}'.");

    private async Task<SourceStatus> StatusAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).First(s => s.Definition.Name == name);

    // The schedule follows the catalog: a job with its trigger for an enabled source, none otherwise.
    private async Task ApplyAsync(string name, CancellationToken cancellationToken)
    {
        if (await SchedulerAsync(cancellationToken).ConfigureAwait(false) is not { } scheduler)
        {
            return;
        }
        if (catalog.Find(name) is { Enabled: true } source)
        {
            await SourceSchedule.EnsureAsync(scheduler, source, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await DeleteJobAsync(scheduler, name, cancellationToken).ConfigureAwait(false);
        }
    }

    // A "run now" trigger can complete, and vanish, while Quartz removes the job's triggers one by one; it then
    // reports that it could not remove it. The job is still there: try again.
    private static async Task DeleteJobAsync(IScheduler scheduler, string name, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await scheduler.DeleteJob(SourceSchedule.JobKey(name), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SchedulerException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IScheduler?> SchedulerAsync(CancellationToken cancellationToken) =>
        schedulers is null ? null : await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
}
