namespace SocialListening.Ingestion.Configuration;

/// <summary>Where the Quartz schedule is stored, and when recent posts' engagement is re-observed.</summary>
public sealed record SchedulerOptions
{
    /// <summary><c>sqlite</c> (default, DATA/scheduler.db), <c>postgres</c> (clustered, several machines) or <c>memory</c>.</summary>
    public string JobStore { get; init; } = "sqlite";

    /// <summary>Connection string of the PostgreSQL job store (required for <c>postgres</c>).</summary>
    public string? JobStoreConnection { get; init; }

    /// <summary>A fire time missed by more than this (scheduler down or busy) is a misfire: run once, then proceed.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Cron of the engagement re-observation of recent posts.</summary>
    public string ReobserveSchedule { get; init; } = "0 0 * * * ?";

    /// <summary>How far back a post counts as recent for re-observation.</summary>
    public TimeSpan ReobserveWindow { get; init; } = TimeSpan.FromHours(48);
}
