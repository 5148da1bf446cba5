using System.CommandLine;
using SocialListening.Cli.Commands.Sources;

namespace SocialListening.Cli.Commands;

/// <summary>`sl sources list|add|pause|resume|run`: the crawled sources.</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List, add, pause, resume or run the crawled sources");
        command.Subcommands.Add(SourcesListCommand.Create());
        command.Subcommands.Add(SourcesAddCommand.Create());
        command.Subcommands.Add(SourcesPauseCommand.Create(pause: true));
        command.Subcommands.Add(SourcesPauseCommand.Create(pause: false));
        command.Subcommands.Add(SourcesRunCommand.Create());
        return command;
    }
}
