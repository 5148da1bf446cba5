using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Hosting;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl retention run [--dry-run]`: applies the retention periods now, as the nightly job of `sl run` does.</summary>
public static class RetentionCommand
{
    public static Command Create()
    {
        var command = new Command("retention", "Retention of mentions: how long each source's mentions are kept");
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be deleted, delete nothing" };
        var by = new Option<string?>("--by") { Description = "Who runs it, for the audit (default: $USER)" };
        var run = new Command("run", "Delete the mentions published before their source's retention period, with their triage and engagement rows") { dryRun, by };
        run.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var result = await context.RetentionRunner().RunAsync(parse.GetValue(dryRun), PrivacyArguments.Who(parse.GetValue(by)), ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new
                {
                    dry_run = result.DryRun,
                    mentions = result.Mentions,
                    raw_files = result.RawFiles,
                    sources = result.Sources.Select(s => new
                    {
                        source = s.Source, days = s.Period.TotalDays, cutoff = s.Cutoff, mentions = s.Mentions, triage = s.Triage, engagement = s.Engagement, alerts = s.Alerts,
                    }),
                });
                return 0;
            }
            var table = new Table().AddColumns("source", "kept (days)", "published before", result.DryRun ? "would delete" : "deleted", "triage", "engagement", "alerts");
            foreach (var s in result.Sources)
            {
                table.AddRow(Markup.Escape(s.Source), s.Period.TotalDays.ToString("0.##", CultureInfo.InvariantCulture), s.Cutoff.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    s.Mentions.ToString(CultureInfo.InvariantCulture), s.Triage.ToString(CultureInfo.InvariantCulture), s.Engagement.ToString(CultureInfo.InvariantCulture), s.Alerts.ToString(CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            Console.WriteLine($"{(result.DryRun ? "Would delete" : "Deleted")} {result.Mentions} mention(s) and {result.RawFiles} expired raw input file(s) (rejects, folder sources' done/).");
            return 0;
        }));
        command.Subcommands.Add(run);
        return command;
    }
}
