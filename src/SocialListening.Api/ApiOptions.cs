using System.ComponentModel.DataAnnotations;

namespace SocialListening.Api;

/// <summary>Where the API finds its data and configuration, and the limits it applies to every caller.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Folder of the index (index/) and the operational state (state.db). The API process owns the index.</summary>
    [Required]
    public string DataDirectory { get; set; } = "";

    /// <summary>The brands/themes configuration file; null serves an empty catalog.</summary>
    public string? ConfigPath { get; set; }

    /// <summary>Folder of the static dashboards (default: dashboards/ beside the binary).</summary>
    public string? DashboardsDirectory { get; set; }

    /// <summary>Requests each API key may make per <see cref="RateLimitWindowSeconds"/>.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitPermits { get; set; } = 600;

    [Range(1, 3600)]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Largest request body accepted, in bytes (the API takes small JSON commands only).</summary>
    [Range(1024, 10_000_000)]
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Free space under which /health reports the data folder's disk as down (writes would soon fail).</summary>
    [Range(0, long.MaxValue)]
    public long MinFreeDiskBytes { get; set; } = 100L * 1024 * 1024;

    public string StatePath => Path.Combine(DataDirectory, "state.db");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string ResolvedDashboardsDirectory => DashboardsDirectory ?? Path.Combine(AppContext.BaseDirectory, "dashboards");
}
