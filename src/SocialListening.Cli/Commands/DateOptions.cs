using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;

namespace SocialListening.Cli.Commands;

/// <summary>--from and --to: an ISO date (a whole day, UTC) or date-time; --to is exclusive for date-times, inclusive for dates.</summary>
public static class DateOptions
{
    public static Option<string?> From() => new("--from") { Description = "Start: ISO date (2026-11-01) or date-time (2026-11-01T08:00:00+01:00)" };

    public static Option<string?> To() => new("--to") { Description = "End: ISO date (inclusive) or date-time (exclusive)" };

    public static DateTimeOffset? Parse(string? text, bool isEnd) =>
        string.IsNullOrWhiteSpace(text) ? null
        : IsoDates.TryParse(text, isEnd, out var value) ? value
        : throw new CliException($"'{text}' is not {IsoDates.Help}.", 2);
}
