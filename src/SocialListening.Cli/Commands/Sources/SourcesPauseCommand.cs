using System.CommandLine;
using SocialListening.Cli.Hosting;

namespace SocialListening.Cli.Commands.Sources;

/// <summary>`sl sources pause NAME` and `sl sources resume NAME`.</summary>
public static class SourcesPauseCommand
{
    public static Command Create(bool pause)
    {
        var name = new Argument<string>("name") { Description = "Source name" };
        var command = new Command(pause ? "pause" : "resume", pause ? "Stop scheduling a source (its cursor is kept)" : "Schedule a paused source again") { name };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context =>
        {
            var source = parse.GetValue(name)!;
            if (context.Sources().All(s => s.Name != source))
            {
                throw new CliException($"No source is named '{source}' (see 'sl sources list').", 2);
            }
            context.SourceState.SetPaused(source, pause);
            Console.WriteLine(pause
                ? $"{source} paused; a running 'sl run' skips its next runs."
                : $"{source} resumed; a running 'sl run' schedules it at its next start (POST /api/sources/{source}/resume applies it at once).");
            return Task.FromResult(0);
        }));
        return command;
    }
}
