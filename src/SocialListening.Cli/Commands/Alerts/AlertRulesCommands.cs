using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Alerts;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl alerts list`, `sl alerts add NAME ...`, `sl alerts remove NAME`: the rules, kept in DATA/state.db when added here.</summary>
public static class AlertRulesCommands
{
    public static Command List()
    {
        var command = new Command("list", "List the alert rules (configured and added), webhooks shown by host only");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context =>
        {
            var entries = Entries(context);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new { rules = entries.Select(e => AlertRuleView.From(e)) });
                return Task.FromResult(0);
            }
            if (entries.Count == 0)
            {
                Console.WriteLine("No alert rules: add them under 'alerts:' in the configuration file, or with 'sl alerts add'.");
                return Task.FromResult(0);
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("name", "kind", "min risk", "brands", "webhook", "format", "max/hour", "defined in");
            foreach (var view in entries.Select(e => AlertRuleView.From(e)))
            {
                table.AddRow(CommandRunner.Safe(view.Name), view.Kind, view.MinRisk.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    CommandRunner.Safe(string.Join(", ", view.Brands)), CommandRunner.Safe(view.WebhookHost), view.Format, $"{view.MaxPerHour}", view.DefinedIn);
            }
            AnsiConsole.Write(table);
            return Task.FromResult(0);
        }));
        return command;
    }

    public static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Rule name (unique, case-insensitive)" };
        var kind = new Option<string>("--kind") { Description = "risk (at-risk mentions) or spike (volume spikes per brand)", Required = true };
        var webhook = new Option<string>("--webhook") { Description = "Webhook URL (http or https)", Required = true };
        var format = new Option<string>("--format") { Description = "json, slack or teams", DefaultValueFactory = _ => "json" };
        var minRisk = new Option<double?>("--min-risk") { Description = "Risk rules: alert from this risk (0-1, default 0.6)" };
        var brands = new Option<string[]>("--brand") { Description = "Only this brand (repeatable; default all)" };
        var maxPerHour = new Option<int?>("--max-per-hour") { Description = "At most this many alerts per rolling hour (default 10)" };
        var command = new Command("add", "Add an alert rule (kept in the data folder; 'sl run' evaluates it from the next minute)") { name, kind, webhook, format, minRisk, brands, maxPerHour };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context =>
        {
            try
            {
                var rule = AlertRulesFile.Build("rule", parse.GetValue(name), parse.GetValue(kind), parse.GetValue(minRisk), parse.GetValue(brands),
                    parse.GetValue(webhook), parse.GetValue(format), parse.GetValue(maxPerHour));
                context.AlertRules().Add(rule);
                Console.WriteLine($"Added alert rule {rule.Name} ({rule.Kind}, {rule.Format} to {rule.WebhookUrl.GetLeftPart(UriPartial.Authority)}).");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is InvalidDataException or AlertRuleConflictException)
            {
                throw new CliException(e.Message, 2);
            }
        }));
        return command;
    }

    public static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "Rule name" };
        var command = new Command("remove", "Remove an alert rule added with 'sl alerts add' or the API") { name };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context =>
        {
            var rule = parse.GetValue(name)!;
            try
            {
                if (!context.AlertRules().Remove(rule))
                {
                    throw new CliException($"No alert rule named '{rule}' (see 'sl alerts list').", 2);
                }
            }
            catch (AlertRuleConflictException e)
            {
                throw new CliException(e.Message, 2);
            }
            Console.WriteLine($"Removed alert rule {rule}.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static IReadOnlyList<AlertRuleEntry> Entries(SlContext context)
    {
        try
        {
            return context.AlertRules().Entries;
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message, 2);
        }
    }
}
