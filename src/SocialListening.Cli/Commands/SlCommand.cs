using System.CommandLine;

namespace SocialListening.Cli.Commands;

/// <summary>The `sl` root command: one sub-command per file in this folder.</summary>
public static class SlCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SocialListening: social listening and brand territory for French and English brands.");
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Config);
        root.Options.Add(CommonOptions.Json);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(FacetsCommand.Create());
        root.Subcommands.Add(SovCommand.Create());
        root.Subcommands.Add(TerritoryCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(PhrasesCommand.Create());
        root.Subcommands.Add(TopicsCommand.Create());
        root.Subcommands.Add(ReviewsCommand.Create());
        root.Subcommands.Add(TriageCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        root.Subcommands.Add(RetentionCommand.Create());
        root.Subcommands.Add(ForgetCommand.Create());
        root.Subcommands.Add(AuthorCommand.Create());
        root.Subcommands.Add(PrivacyCommand.Create());
        return root;
    }
}
