using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Privacy;

namespace SocialListening.Cli.Commands;

/// <summary>`sl privacy rotate-key`: retires the author key and creates a new one (see docs/privacy.md).</summary>
public static class PrivacyCommand
{
    public static Command Create()
    {
        var command = new Command("privacy", "Author pseudonymisation key");
        var rotate = new Command("rotate-key", "Retire the author key (kept to find older mentions for erasure and export) and start pseudonymising with a new one");
        rotate.SetAction((parse, _) => CommandRunner.RunAsync(parse, context =>
        {
            string retired;
            try
            {
                retired = AuthorKeyStore.Rotate(context.Settings.DataDirectory, context.Time.GetUtcNow());
            }
            catch (InvalidOperationException e)
            {
                throw new CliException(e.Message, 2);
            }
            var ring = context.KeyRing();
            Console.WriteLine($"New author key: {AuthorKeyStore.KeyPath(context.Settings.DataDirectory)}; retired key: {retired} ({ring.RetiredCount} retired in all).");
            Console.WriteLine("Restart 'sl run' / 'sl serve' so they pseudonymise with the new key. New mentions of an author get a new pseudonym;");
            Console.WriteLine("'sl forget' and 'sl author export' still find the older ones through the retired keys.");
            return Task.FromResult(0);
        }));
        command.Subcommands.Add(rotate);
        return command;
    }
}
