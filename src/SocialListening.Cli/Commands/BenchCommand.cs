using System.CommandLine;
using SocialListening.Cli.Commands.Bench;

namespace SocialListening.Cli.Commands;

/// <summary>`sl bench MODEL`: measures scoring throughput (one sub-command per model).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure scoring throughput");
        command.Subcommands.Add(BenchSentimentCommand.Create());
        return command;
    }
}
