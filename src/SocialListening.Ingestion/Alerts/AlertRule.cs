namespace SocialListening.Ingestion.Alerts;

/// <summary>One alert rule of the configuration's <c>alerts:</c> list.</summary>
public sealed record AlertRule
{
    /// <summary>Unique name; dedup and rate limit are per rule.</summary>
    public required string Name { get; init; }

    /// <summary>risk (at-risk mentions) or spike (volume spikes per brand).</summary>
    public required string Kind { get; init; }

    /// <summary>For risk rules: alert on mentions whose risk is at least this (default 0.6).</summary>
    public double MinRisk { get; init; } = 0.6;

    /// <summary>Only these brands (empty: all).</summary>
    public IReadOnlyList<string> Brands { get; init; } = [];

    public required Uri WebhookUrl { get; init; }

    /// <summary>json, slack or teams.</summary>
    public string Format { get; init; } = "json";

    /// <summary>At most this many alerts per rolling hour; the rest wait for a later run (default 10).</summary>
    public int MaxPerHour { get; init; } = 10;
}

/// <summary>One thing worth an alert: what it is about (<see cref="Key"/>, for dedup), a title, a body and details.</summary>
public sealed record AlertEvent(string Rule, string Kind, string Key, string Title, string Text, string? Link, IReadOnlyDictionary<string, object?> Details);

/// <summary>What one evaluation did, per rule.</summary>
public sealed record AlertRunResult(string Rule, int Candidates, int Sent, int AlreadySent, int RateLimited, int Failed);
