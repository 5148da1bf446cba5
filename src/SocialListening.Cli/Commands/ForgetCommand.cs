using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Cli.Commands;

/// <summary>
/// `sl forget --author HANDLE [--source S] [--by NAME]`: erases every mention of an author (found through the keyed
/// hash, under the current and the retired keys) from the index and the state database, records it in the privacy
/// audit and keeps the author from being collected again; prints the counts.
/// </summary>
public static class ForgetCommand
{
    public static Command Create()
    {
        var author = new Option<string>("--author") { Description = PrivacyArguments.HandleHelp, Required = true };
        var source = new Option<string?>("--source") { Description = "Only the mentions of this source (default: every source)" };
        var by = new Option<string?>("--by") { Description = "Who asks, for the audit (default: $USER)" };
        var command = new Command("forget", "Erase every mention of an author (right to erasure), with an audit record") { author, source, by };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var handle = PrivacyArguments.Handle(parse.GetValue(author));
            var eraser = new AuthorEraser(context.Index, context.KeyRing(), context.PrivacyAudit(), new MentionState(context.Settings.StatePath), context.Time, context.RawFolders());
            var result = await eraser.ForgetAsync(handle, parse.GetValue(source), PrivacyArguments.Who(parse.GetValue(by)), ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new
                {
                    pseudonyms = result.Pseudonyms,
                    source = result.Source,
                    mentions = result.Mentions,
                    triage = result.Triage,
                    engagement = result.Engagement,
                    alerts = result.Alerts,
                    raw_lines = result.RawLines,
                    audit_entry = result.AuditEntry,
                });
                return 0;
            }
            Console.WriteLine($"Erased author {result.Pseudonyms[0]} from {result.Source ?? "every source"}:");
            Console.WriteLine($"  mentions (index)            {result.Mentions}");
            Console.WriteLine($"  triage actions              {result.Triage}");
            Console.WriteLine($"  engagement observations     {result.Engagement}");
            Console.WriteLine($"  alert records               {result.Alerts}");
            Console.WriteLine($"  raw input lines (rejects)   {result.RawLines}");
            Console.WriteLine($"Audit entry {result.AuditEntry} (pseudonyms only); the author's posts will not be collected again.");
            return 0;
        }));
        return command;
    }
}
