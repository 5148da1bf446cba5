using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Topics;
using SocialListening.Cli.Hosting;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl topics [--brand B] [--from] [--to]`: topics discovered in a brand's (or a competitive set's)
/// mentions, with size, sentiment, trend, emerging topics and the territory gap; saved under DATA/insights/.</summary>
public static class TopicsCommand
{
    public static Command Create()
    {
        var brand = new Option<string?>("--brand") { Description = "Brand id or name (default: the brands of the competitive set)" };
        var set = new Option<string?>("--set") { Description = "Competitive set id when no --brand (default: the first configured)" };
        var count = new Option<int>("--topics") { Description = "Number of topics to look for", DefaultValueFactory = _ => TopicInsights.DefaultTopics };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var command = new Command("topics", "What the conversation is about: topics found in the mentions, emerging topics, territory gap") { brand, set, count, from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var start = DateOptions.Parse(parse.GetValue(from), isEnd: false);
            var end = DateOptions.Parse(parse.GetValue(to), isEnd: true);
            var topics = parse.GetValue(count);
            TopicReport? report;
            string scope;
            if (parse.GetValue(brand) is { } name)
            {
                var found = context.Catalog.FindBrand(name)
                    ?? throw new CliException($"No brand '{name}' in the configuration. Brands: {string.Join(", ", context.Catalog.Brands.Select(b => b.Id))}.", 2);
                scope = found.Id;
                report = await context.Topics().ForBrandAsync(found, start, end, topics, ct).ConfigureAwait(false);
            }
            else
            {
                var competitive = SovCommand.ResolveSet(context.Catalog, parse.GetValue(set));
                scope = competitive.Id;
                report = await context.Topics().ComputeAsync(scope, competitive.Brands, new HashSet<string>(StringComparer.Ordinal), start, end, topics, ct).ConfigureAwait(false);
            }
            if (report is null)
            {
                throw new CliException($"No mentions of {scope} in that period.", 1);
            }
            var saved = TopicReportFile.Save(report, context.Settings.DataDirectory);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(report.ToJson(saved));
                return 0;
            }
            Print(report, saved);
            return 0;
        }));
        return command;
    }

    private static void Print(TopicReport report, string saved)
    {
        Console.WriteLine($"{report.Mentions.ToString("N0", CultureInfo.InvariantCulture)} mentions of {report.Scope}, {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}");
        var table = new Table().Border(TableBorder.Simple).AddColumn("topic").AddColumn(new TableColumn("mentions").RightAligned())
            .AddColumn(new TableColumn("+ / = / -").RightAligned()).AddColumn(new TableColumn("trend").RightAligned()).AddColumn("themes").AddColumn("");
        foreach (var t in report.Topics)
        {
            table.AddRow(
                CommandRunner.Safe(t.Label),
                $"{t.Mentions.ToString(CultureInfo.InvariantCulture)} ({t.Share.ToString("P0", CultureInfo.InvariantCulture)})",
                string.Create(CultureInfo.InvariantCulture, $"{t.Positive:P0} / {t.Neutral:P0} / {t.Negative:P0}"),
                "x" + t.Trend.ToString("0.0", CultureInfo.InvariantCulture),
                CommandRunner.Safe(string.Join(", ", t.Themes.Take(2).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:P0}")))),
                (t.Emerging ? "emerging " : "") + (t.TerritoryGap ? "territory gap" : ""));
        }
        AnsiConsole.Write(table);
        foreach (var t in report.Topics.Where(t => t.Suggestion is not null))
        {
            Console.WriteLine("  " + t.Suggestion);
        }
        Console.WriteLine($"Saved for the dashboards: {saved}");
    }
}
