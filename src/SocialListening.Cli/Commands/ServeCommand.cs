using System.CommandLine;
using SocialListening.Api.Security;
using SocialListening.Cli.Hosting;

namespace SocialListening.Cli.Commands;

/// <summary>`sl serve --urls URL`: the HTTP API and the dashboards; the server owns the index while it runs.</summary>
public static class ServeCommand
{
    public static Option<string> Urls() => new("--urls") { Description = $"Address to listen on (default {ApiServer.DefaultUrls})", DefaultValueFactory = _ => ApiServer.DefaultUrls };

    public static Command Create()
    {
        var urls = Urls();
        var dashboards = new Option<string?>("--dashboards") { Description = "Serve the dashboards from this folder (default: the copy beside the binary), e.g. dashboards/web while editing them" };
        var command = new Command("serve", "Serve the HTTP API and the web dashboards until Ctrl+C") { urls, dashboards };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var keys = new ApiKeyStore(context.Settings.StatePath, context.Time).List();
            await ApiServer.RunAsync(context.Settings, parse.GetValue(urls)!, parse.GetValue(dashboards), addresses =>
            {
                Console.WriteLine($"SocialListening API on {string.Join(", ", addresses)} (data: {context.Settings.DataDirectory}). Ctrl+C to stop.");
                ApiServer.PrintDashboards(addresses[0], null);
                if (keys.Count == 0)
                {
                    Console.WriteLine("No API key exists yet: create one with `sl keys add --role admin` (roles: " + ApiRoles.All + ").");
                }
            }, ct).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
