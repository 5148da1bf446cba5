using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Cli.Commands.Sources;

/// <summary>`sl sources add NAME --kind K [--url U] [--schedule CRON] [--param key=value]...`, kept in DATA/state.db.</summary>
public static class SourcesAddCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Source name (lower case, digits, '-', '_', '.')" };
        var kind = new Option<string>("--kind") { Description = "One of " + string.Join(", ", SourceKinds.All), Required = true };
        var url = new Option<string?>("--url") { Description = "Feed, instance, API or page URL" };
        var schedule = new Option<string>("--schedule") { Description = "Quartz cron (seconds first)", DefaultValueFactory = _ => "0 */15 * * * ?" };
        var parameters = new Option<string[]>("--param") { Description = "Kind parameter as key=value (repeatable), e.g. hashtag=sncf", AllowMultipleArgumentsPerToken = false };
        var command = new Command("add", "Add a source (stored in the data folder; the configuration file is not changed)") { name, kind, url, schedule, parameters };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context =>
        {
            var values = new Dictionary<string, string>();
            foreach (var pair in parse.GetValue(parameters) ?? [])
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0)
                {
                    throw new CliException($"--param '{pair}' must be key=value.", 2);
                }
                values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
            var definition = new SourceDefinition
            {
                Name = parse.GetValue(name)!.Trim(),
                Kind = parse.GetValue(kind)!.Trim().ToLowerInvariant(),
                Url = parse.GetValue(url),
                Schedule = parse.GetValue(schedule)!,
                Parameters = values,
            };
            var errors = CrawlingConfigurationFile.Validate(definition);
            if (errors.Count > 0)
            {
                throw new CliException(string.Join(Environment.NewLine + "  ", errors), 2);
            }
            if (context.Crawling.Sources.Any(s => s.Name == definition.Name))
            {
                throw new CliException($"'{definition.Name}' is defined in the configuration file; edit it there.", 2);
            }
            context.SourceState.Add(definition);
            Console.WriteLine($"Added {definition.Name} ({definition.Kind}, {definition.Schedule}). 'sl run' schedules it at its next start.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
