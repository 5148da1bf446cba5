using System.CommandLine;
using System.Globalization;
using SocialListening.Analysis.Phrases;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl phrases "QUERY" [--from] [--to]`: top key phrases of the matching mentions, and the phrases that grew
/// most against the previous period of the same length (when --from and --to are given).</summary>
public static class PhrasesCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query (see 'sl query'); *:* for all", DefaultValueFactory = _ => "*:*" };
        var top = new Option<int>("--top") { Description = "How many phrases to list", DefaultValueFactory = _ => 15 };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var command = new Command("phrases", "Key phrases of the matching mentions, and those that grew against the previous period") { query, top, from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var start = DateOptions.Parse(parse.GetValue(from), isEnd: false);
            var end = DateOptions.Parse(parse.GetValue(to), isEnd: true);
            var filter = new MentionFilter { Query = parse.GetValue(query)!, From = start, To = end };
            var extractor = context.PhraseExtractor();
            var current = await CountAsync(context.Index, filter, extractor, ct).ConfigureAwait(false);
            PhraseStatistics? previous = null;
            if (start is { } s && end is { } e)
            {
                previous = await CountAsync(context.Index, filter with { From = s - (e - s), To = s }, extractor, ct).ConfigureAwait(false);
            }
            var n = Math.Max(1, parse.GetValue(top));
            var topPhrases = current.Top(n);
            var growing = previous is null ? [] : current.Growing(previous, n);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new
                {
                    mentions = current.Documents,
                    previous_mentions = previous?.Documents,
                    top = topPhrases.Select(p => new { phrase = p.Phrase, mentions = p.Mentions }),
                    growing = growing.Select(p => new { phrase = p.Phrase, mentions = p.Mentions, previous = p.Previous, growth = p.Growth }),
                });
                return 0;
            }
            Console.WriteLine($"{current.Documents.ToString("N0", CultureInfo.InvariantCulture)} mentions" +
                (previous is null ? "" : $" ({previous.Documents.ToString("N0", CultureInfo.InvariantCulture)} in the previous period)"));
            var table = new Table().Border(TableBorder.Simple).AddColumn("top phrase").AddColumn(new TableColumn("mentions").RightAligned());
            foreach (var p in topPhrases)
            {
                table.AddRow(CommandRunner.Safe(p.Phrase), p.Mentions.ToString(CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            if (previous is not null)
            {
                var grew = new Table().Border(TableBorder.Simple).AddColumn("growing phrase").AddColumn(new TableColumn("mentions").RightAligned())
                    .AddColumn(new TableColumn("before").RightAligned()).AddColumn(new TableColumn("growth").RightAligned());
                foreach (var p in growing)
                {
                    grew.AddRow(CommandRunner.Safe(p.Phrase), p.Mentions.ToString(CultureInfo.InvariantCulture), p.Previous.ToString(CultureInfo.InvariantCulture),
                        "x" + p.Growth.ToString("0.0", CultureInfo.InvariantCulture));
                }
                AnsiConsole.Write(grew);
            }
            return 0;
        }));
        return command;
    }

    private static async Task<PhraseStatistics> CountAsync(IMentionIndex index, MentionFilter filter, PhraseExtractor extractor, CancellationToken ct)
    {
        var statistics = new PhraseStatistics(extractor);
        await foreach (var mention in index.ScanAsync(filter, ct).ConfigureAwait(false))
        {
            statistics.Add(string.IsNullOrEmpty(mention.Title) ? mention.Text : mention.Title + ". " + mention.Text);
        }
        return statistics;
    }
}
