using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialListening.Core.Sources;

/// <summary>
/// Where a source stopped. Each source kind uses the fields it needs: the newest id or date seen by the last complete
/// run, the HTTP validators for a conditional GET, and, while a run is paging through older items, the page token and
/// the newest date seen so far in that run (so a crash mid-run resumes the same page walk instead of skipping it).
/// Stored as JSON in the index checkpoint <c>source:NAME</c>, committed together with the mentions.
/// </summary>
public sealed record SourceCursor
{
    public static readonly SourceCursor Start = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The newest item id collected by a complete run (sources whose ids grow).</summary>
    public string? LastId { get; init; }

    /// <summary>The newest publication date collected by a complete run.</summary>
    public DateTimeOffset? Since { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The page to fetch next while a run is walking back through pages; null between runs.</summary>
    public string? Page { get; init; }

    /// <summary>The newest date seen so far by the run in progress; becomes <see cref="Since"/> when it completes.</summary>
    public DateTimeOffset? Pending { get; init; }

    public string Serialize() => JsonSerializer.Serialize(this, Options);

    public static SourceCursor Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Start;
        }
        try
        {
            return JsonSerializer.Deserialize<SourceCursor>(json, Options) ?? Start;
        }
        catch (JsonException)
        {
            // A cursor we cannot read is treated as a fresh start: the index deduplicates by id.
            return Start;
        }
    }

    public static string CheckpointKey(string sourceName) => "source:" + sourceName;
}
