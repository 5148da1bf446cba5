using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl facets "QUERY" --by FIELD|hour|day|week [--then FIELD]`: counts of the matching mentions.</summary>
public static class FacetsCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query (see 'sl query'); *:* for all", DefaultValueFactory = _ => "*:*" };
        var by = new Option<string>("--by") { Description = "A keyword field (brand, theme, source, lang, sentiment, stage, complaint, author) or hour, day, week", DefaultValueFactory = _ => "brand" };
        var then = new Option<string?>("--then") { Description = "Split each group by a second keyword field (e.g. brand)" };
        var size = new Option<int>("--size") { Description = "At most this many groups", DefaultValueFactory = _ => 50 };
        var offset = new Option<string>("--offset") { Description = "UTC offset for days and hours, e.g. +01:00", DefaultValueFactory = _ => "+00:00" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var command = new Command("facets", "Count matching mentions per value of a field, or per hour, day or week") { query, by, then, size, offset, from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var group = parse.GetValue(by)!.ToLowerInvariant();
            var interval = group switch { "hour" => DateInterval.Hour, "week" => DateInterval.Week, _ => DateInterval.Day };
            if (!TimeSpan.TryParseExact(parse.GetValue(offset)!.TrimStart('+'), @"hh\:mm", CultureInfo.InvariantCulture, out var zone))
            {
                throw new CliException($"--offset '{parse.GetValue(offset)}' is not an offset such as +01:00.", 2);
            }
            if (parse.GetValue(offset)!.StartsWith('-'))
            {
                zone = zone.Negate();
            }
            var request = new AggregationRequest(new MentionFilter
            {
                Query = parse.GetValue(query)!,
                From = DateOptions.Parse(parse.GetValue(from), isEnd: false),
                To = DateOptions.Parse(parse.GetValue(to), isEnd: true),
            }, group is "hour" or "day" or "week" ? MentionFields.PublishedAt : group)
            {
                ThenBy = parse.GetValue(then),
                Interval = interval,
                TimeZoneOffset = zone,
                Size = Math.Max(1, parse.GetValue(size)),
            };
            var result = await context.Index.AggregateAsync(request, ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new
                {
                    total = result.Total,
                    buckets = result.Buckets.Select(b => new { key = b.Key, count = b.Count, children = b.Children.Select(c => new { key = c.Key, count = c.Count }) }),
                });
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumn(group).AddColumn(new TableColumn("mentions").RightAligned());
            if (request.ThenBy is not null)
            {
                table.AddColumn(request.ThenBy);
            }
            foreach (var bucket in result.Buckets)
            {
                var row = new List<string> { CommandRunner.Safe(bucket.Key), bucket.Count.ToString("N0", CultureInfo.InvariantCulture) };
                if (request.ThenBy is not null)
                {
                    row.Add(CommandRunner.Safe(string.Join(", ", bucket.Children.Select(c => $"{c.Key} {c.Count}"))));
                }
                table.AddRow(row.ToArray());
            }
            AnsiConsole.Write(table);
            Console.WriteLine($"{result.Total.ToString("N0", CultureInfo.InvariantCulture)} mentions matched");
            return 0;
        }));
        return command;
    }
}
