using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Sources;
using Spectre.Console;

namespace SocialListening.Cli.Commands.Sources;

/// <summary>`sl sources list`: every source with its kind, schedule, state and cursor.</summary>
public static class SourcesListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the configured and added sources");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context => RunAsync(context, parse.GetValue(CommonOptions.Json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(SlContext context, bool json, CancellationToken ct)
    {
        var sources = context.Sources();
        IReadOnlyDictionary<string, string> checkpoints = new Dictionary<string, string>();
        try
        {
            if (Directory.Exists(context.Settings.IndexDirectory))
            {
                checkpoints = await context.Index.GetCheckpointsAsync(ct).ConfigureAwait(false);
            }
        }
        catch (Search.Lucene.IndexBusyException)
        {
            // `sl run` holds the index: the list is still useful without the cursors.
            CommandRunner.Error("the index is in use (is 'sl run' running?); cursors are not shown.");
        }
        var rows = sources.Select(s => new
        {
            name = s.Name,
            kind = s.Kind,
            url = s.Url,
            schedule = s.Schedule,
            enabled = s.Enabled,
            cursor = checkpoints.GetValueOrDefault(SourceCursor.CheckpointKey(s.Name)),
        }).ToList();
        if (json)
        {
            CommandRunner.WriteJson(new { sources = rows });
            return 0;
        }
        if (rows.Count == 0)
        {
            Console.WriteLine("No sources: add a 'sources:' section to the configuration file, or use 'sl sources add'.");
            return 0;
        }
        var table = new Table().AddColumns("name", "kind", "url", "schedule", "state", "since");
        foreach (var row in rows)
        {
            var cursor = SourceCursor.Parse(row.cursor);
            table.AddRow(CommandRunner.Safe(row.name), row.kind, CommandRunner.Safe(row.url), CommandRunner.Safe(row.schedule), row.enabled ? "active" : "paused",
                cursor.Since?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? CommandRunner.Safe(cursor.LastId) ?? "");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
