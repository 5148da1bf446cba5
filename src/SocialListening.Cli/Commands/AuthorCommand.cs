using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Cli.Commands;

/// <summary>`sl author export HANDLE [--json]`: everything held about an author (right of access).</summary>
public static class AuthorCommand
{
    public static Command Create()
    {
        var command = new Command("author", "What is held about an author");
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Export()
    {
        var handle = new Argument<string>("handle") { Description = PrivacyArguments.HandleHelp };
        var by = new Option<string?>("--by") { Description = "Who asks, for the audit (default: $USER)" };
        var command = new Command("export", "Export the author's mentions with their enrichment, triage actions, engagement and privacy audit entries as JSON") { handle, by };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var exporter = new AuthorExporter(context.Index, context.KeyRing(), context.PrivacyAudit(), TriageCommand.Store(context), new MentionState(context.Settings.StatePath), context.Time);
            var export = await exporter.ExportAsync(PrivacyArguments.Handle(parse.GetValue(handle)), PrivacyArguments.Who(parse.GetValue(by)), ct).ConfigureAwait(false);
            var json = export.ToJson();
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(json);
                return 0;
            }
            Console.WriteLine($"Author {export.Pseudonyms[0]}" + (export.Pseudonyms.Count > 1 ? $" (and {export.Pseudonyms.Count - 1} pseudonym(s) under retired keys)" : ""));
            Console.WriteLine($"  mentions                {export.Mentions.Count}");
            Console.WriteLine($"  triage actions          {export.Triage.Sum(t => t.Value.Count)}");
            Console.WriteLine($"  engagement observations {export.Engagement.Count}");
            Console.WriteLine($"  privacy audit entries   {export.Audit.Count}");
            Console.WriteLine("The whole export (to hand to the person): add --json.");
            return 0;
        }));
        return command;
    }
}
