using System.CommandLine;
using System.Globalization;
using SocialListening.Api.Security;
using SocialListening.Cli.Hosting;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl keys add --role ROLE [--name NAME]`, `sl keys list`, `sl keys revoke PREFIX`: API keys, stored hashed in DATA/state.db.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage API keys (stored hashed in the data folder's state.db)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command Revoke()
    {
        var prefix = new Argument<string>("prefix") { Description = "The key's prefix, as `sl keys list` shows it" };
        var command = new Command("revoke", "Revoke an API key") { prefix };
        command.SetAction((parse, _) => CommandRunner.RunAsync(parse, context =>
        {
            var value = parse.GetValue(prefix)!;
            if (!Store(context).Revoke(value))
            {
                throw new CliException($"No API key with the prefix '{value}'.", 2);
            }
            Console.WriteLine($"Key {value} revoked.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Add()
    {
        var role = new Option<string>("--role") { Description = $"Role of the key: {ApiRoles.All}", Required = true };
        var name = new Option<string?>("--name") { Description = "A name to recognise the key by (default: the role)" };
        var command = new Command("add", "Create an API key and print it once") { role, name };
        command.SetAction((parse, _) => CommandRunner.RunAsync(parse, context =>
        {
            if (!ApiRoles.TryParse(parse.GetValue(role), out var apiRole))
            {
                throw new CliException($"'{parse.GetValue(role)}' is not a role; use one of: {ApiRoles.All}.", 2);
            }
            var (key, info) = Store(context).Add(apiRole, parse.GetValue(name) ?? apiRole.Name());
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new { key, prefix = info.Prefix, name = info.Name, role = info.Role.Name() });
            }
            else
            {
                Console.WriteLine(key);
                Console.Error.WriteLine($"Key '{info.Name}' ({info.Role.Name()}, prefix {info.Prefix}) created. It is shown only now: store it safely. Send it as the X-Api-Key header.");
            }
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List API keys (prefix, name, role; never the keys)");
        command.SetAction((parse, _) => CommandRunner.RunAsync(parse, context =>
        {
            var keys = Store(context).List();
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(keys.Select(k => new { prefix = k.Prefix, name = k.Name, role = k.Role.Name(), created_at = k.CreatedAt }));
                return Task.FromResult(0);
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("prefix", "name", "role", "created");
            foreach (var k in keys)
            {
                table.AddRow(k.Prefix, CommandRunner.Safe(k.Name), k.Role.Name(), k.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            return Task.FromResult(0);
        }));
        return command;
    }

    public static ApiKeyStore Store(SlContext context) => new(context.Settings.StatePath, context.Time);
}
