using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialListening.Analysis.Topics;

/// <summary>
/// The topics saved for the dashboards: DATA/insights/topics-SCOPE.json, one file per brand or competitive set,
/// replaced whole (written beside, then moved) on every `sl topics` run, so a reader never sees half a file.
/// </summary>
public static class TopicReportFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string PathOf(string dataDirectory, string scope)
    {
        // Scopes are configuration ids; anything else must not name a file outside the folder.
        if (scope.Length == 0 || scope.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) || scope.StartsWith('.'))
        {
            throw new ArgumentException($"'{scope}' is not a brand or competitive set id.", nameof(scope));
        }
        return Path.Combine(dataDirectory, "insights", $"topics-{scope}.json");
    }

    public static string Save(TopicReport report, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var path = PathOf(dataDirectory, report.Scope);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report, Options));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>The saved topics of <paramref name="scope"/>, or null when none were saved (or the file is unreadable).</summary>
    public static TopicReport? Load(string dataDirectory, string scope)
    {
        var path = PathOf(dataDirectory, scope);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<TopicReport>(File.ReadAllText(path), Options);
        }
        catch (JsonException)
        {
            // Written by another version: the dashboard asks for a fresh `sl topics` run, as when there is none.
            return null;
        }
    }
}
