using System.CommandLine;
using SocialListening.Cli.Commands.Eval;

namespace SocialListening.Cli.Commands;

/// <summary>`sl eval MODEL`: scores a model on a labelled file and prints per-class figures (one sub-command per model).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate a model on a labelled file");
        command.Subcommands.Add(EvalSentimentCommand.Create());
        command.Subcommands.Add(EvalLanguageCommand.Create());
        command.Subcommands.Add(EvalViralityCommand.Create());
        command.Subcommands.Add(EvalIntentsCommand.Create());
        command.Subcommands.Add(EvalComplaintCommand.Create());
        command.Subcommands.Add(EvalStageCommand.Create());
        return command;
    }
}
