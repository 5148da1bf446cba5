using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Cli.Virality;
using SocialListening.Ingestion.Alerts;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>
/// `sl alerts run`: evaluates the alert rules now and posts what is new (what `sl run` does every minute);
/// `sl alerts test RULE`: posts a test message to the rule's webhook; `sl alerts list|add|remove`: the rules.
/// </summary>
public static class AlertsCommand
{
    public static Command Create()
    {
        var command = new Command("alerts", "Webhook alerts on at-risk mentions and volume spikes (rules under 'alerts:' in the configuration, or added with 'sl alerts add')");
        var lookback = new Option<string>("--lookback") { Description = "Mentions and spike hours this recent are considered (e.g. 1h, 24h, 7d)", DefaultValueFactory = _ => "24h" };
        var run = new Command("run", "Evaluate every alert rule now and post new alerts (deduplicated, rate-limited)") { lookback };
        run.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var rules = Rules(context);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
            TimeSpan window;
            try
            {
                window = TimeSpan.FromSeconds(Durations.ParseSeconds(parse.GetValue(lookback)!));
            }
            catch (FormatException e)
            {
                throw new CliException("--lookback: " + e.Message, 2);
            }
            var results = await Dispatcher(context, http, window).RunAsync(rules, ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(results.Select(r => new { rule = r.Rule, candidates = r.Candidates, sent = r.Sent, already_sent = r.AlreadySent, rate_limited = r.RateLimited, failed = r.Failed }));
            }
            else
            {
                var table = new Table().Border(TableBorder.Simple).AddColumn("rule").AddColumn("candidates").AddColumn("sent").AddColumn("already sent").AddColumn("rate-limited").AddColumn("failed");
                foreach (var r in results)
                {
                    table.AddRow(CommandRunner.Safe(r.Rule), $"{r.Candidates}", $"{r.Sent}", $"{r.AlreadySent}", $"{r.RateLimited}", $"{r.Failed}");
                }
                AnsiConsole.Write(table);
            }
            return results.Any(r => r.Failed > 0) ? 1 : 0;
        }));
        var name = new Argument<string>("rule") { Description = "Name of the rule" };
        var test = new Command("test", "Post a test message to a rule's webhook") { name };
        test.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var wanted = parse.GetValue(name)!;
            var rule = Rules(context).FirstOrDefault(r => string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliException($"No alert rule named '{wanted}' (see 'sl alerts list').", 2);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
            var (ok, outcome) = await Dispatcher(context, http, TimeSpan.FromHours(24)).TestAsync(rule, ct).ConfigureAwait(false);
            if (!ok)
            {
                throw new CliException($"The webhook of '{rule.Name}' did not accept the test message: {outcome}.", 1);
            }
            Console.WriteLine($"{rule.Name}: test message accepted ({outcome}) by {rule.WebhookUrl.GetLeftPart(UriPartial.Authority)}");
            return 0;
        }));
        command.Subcommands.Add(run);
        command.Subcommands.Add(test);
        command.Subcommands.Add(AlertRulesCommands.List());
        command.Subcommands.Add(AlertRulesCommands.Add());
        command.Subcommands.Add(AlertRulesCommands.Remove());
        return command;
    }

    private static IReadOnlyList<AlertRule> Rules(SlContext context)
    {
        try
        {
            var rules = context.AlertRules().All;
            return rules.Count > 0 ? rules : throw new CliException("No alert rules: add them under 'alerts:' in the configuration file, or with 'sl alerts add'.", 2);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message, 2);
        }
    }

    private static AlertDispatcher Dispatcher(SlContext context, HttpClient http, TimeSpan lookback) => new(
        context.Index,
        new AlertStateStore(context.Settings.StatePath),
        new WebhookSender(http, context.Time),
        context.Time,
        context.SpikePhrases()) { Lookback = lookback };
}
