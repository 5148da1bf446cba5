using System.CommandLine;
using SocialListening.Cli.Commands.Train;

namespace SocialListening.Cli.Commands;

/// <summary>`sl train MODEL`: trains a model from labelled data with a fixed seed (one sub-command per model).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from labelled data (reproducible: fixed seed)");
        command.Subcommands.Add(TrainSentimentCommand.Create());
        command.Subcommands.Add(TrainViralityCommand.Create());
        command.Subcommands.Add(TrainIntentsCommand.Create());
        command.Subcommands.Add(TrainComplaintCommand.Create());
        command.Subcommands.Add(TrainStageCommand.Create());
        return command;
    }
}
