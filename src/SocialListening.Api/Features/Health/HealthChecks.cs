using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;
using SocialListening.Core.Index;

namespace SocialListening.Api.Features.Health;

public sealed record ComponentHealth(string Status, string Detail)
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";

    public bool IsDown => Status == Unhealthy;
}

/// <summary>
/// One probe per part the service needs, each saying in its detail what is wrong: the index answers a count, the
/// scheduler (when this process runs one) is started, the model files are readable, the state database passes
/// SQLite's quick check, and the data folder is writable with enough free space.
/// </summary>
public sealed class HealthChecks(IOptions<ApiOptions> options, IServiceProvider services)
{
    public async Task<(ComponentHealth Health, long Mentions)> IndexAsync(CancellationToken ct)
    {
        try
        {
            // Resolved here: an index that cannot even be opened is a finding, not a failed request.
            var index = services.GetRequiredService<IMentionIndex>();
            var mentions = (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, ct).ConfigureAwait(false)).Total;
            return (new ComponentHealth(ComponentHealth.Healthy, $"{mentions} mentions"), mentions);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (new ComponentHealth(ComponentHealth.Unhealthy, $"The index cannot be read: {e.Message}"), -1);
        }
    }

    public async Task<ComponentHealth> SchedulerAsync(CancellationToken ct)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return new ComponentHealth("not_configured", "No crawl schedule runs in this process; data comes from `sl import` (`sl run` schedules the sources).");
        }
        try
        {
            var scheduler = await factory.GetScheduler(ct).ConfigureAwait(false);
            var status = await scheduler.GetStatus(ct).ConfigureAwait(false);
            if (status != SchedulerStatus.Running)
            {
                return new ComponentHealth(ComponentHealth.Unhealthy, $"The scheduler is {status.ToString().ToLowerInvariant()}, not running: no source is crawled.");
            }
            var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct).ConfigureAwait(false);
            return new ComponentHealth(ComponentHealth.Healthy, $"Running, {jobs.Count} jobs scheduled.");
        }
        catch (SchedulerException e)
        {
            return new ComponentHealth(ComponentHealth.Unhealthy, $"The scheduler's job store cannot be read: {e.Message}");
        }
    }

    public static ComponentHealth Models()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "models");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            return new ComponentHealth("none", "No trained model beside the binary; scores that need one stay empty.");
        }
        var broken = new List<string>();
        foreach (var file in files)
        {
            try
            {
                using var zip = ZipFile.OpenRead(file);
                if (zip.Entries.Count == 0)
                {
                    broken.Add(Path.GetFileName(file) + " (empty)");
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                broken.Add($"{Path.GetFileName(file)} ({e.Message})");
            }
        }
        return broken.Count > 0
            ? new ComponentHealth(ComponentHealth.Unhealthy, "Unreadable model files: " + string.Join(", ", broken))
            : new ComponentHealth(ComponentHealth.Healthy, "Loaded on demand: " + string.Join(", ", files.Select(Path.GetFileNameWithoutExtension)));
    }

    public ComponentHealth StateDatabase()
    {
        var path = options.Value.StatePath;
        try
        {
            // No pooling: a pooled connection would hide a file replaced or damaged under the running service.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            var verdict = check.ExecuteScalar() as string;
            return verdict == "ok"
                ? new ComponentHealth(ComponentHealth.Healthy, path)
                : new ComponentHealth(ComponentHealth.Unhealthy, $"{path} fails SQLite's check: {verdict}");
        }
        catch (SqliteException e)
        {
            return new ComponentHealth(ComponentHealth.Unhealthy, $"{path} cannot be read: {e.Message}");
        }
    }

    public ComponentHealth Disk()
    {
        var folder = options.Value.DataDirectory;
        var minimum = options.Value.MinFreeDiskBytes;
        try
        {
            // Writability first: a read-only mount reports free space all the same.
            Ingestion.State.StorageFailure.EnsureWritable(folder);
            var free = new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
            var text = $"{Megabytes(free)} free in the data folder '{folder}'";
            return free < minimum
                ? new ComponentHealth(ComponentHealth.Unhealthy, $"{text}, below the minimum of {Megabytes(minimum)} (Api__MinFreeDiskBytes).")
                : new ComponentHealth(ComponentHealth.Healthy, text + ".");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var cause = Ingestion.State.StorageFailure.Cause(e) ?? e.Message;
            return new ComponentHealth(ComponentHealth.Unhealthy, $"The data folder '{folder}' cannot be written: {cause} ({e.Message}).");
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
