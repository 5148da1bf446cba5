using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl query "QUERY"`: search the index with the boolean query language.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query in Lucene's classic syntax: livraison AND brand:mandarine, \"service client\"~3, theme:network NOT lang:en, *:* for all" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 20 };
        var sort = new Option<SearchSort>("--sort") { Description = "Newest, Oldest, Relevance or Risk (highest risk first)", DefaultValueFactory = _ => SearchSort.Newest };
        var cursor = new Option<string?>("--cursor") { Description = "next_cursor of the previous page, for the next one" };
        var command = new Command("query", "Search mentions") { query, from, to, limit, sort, cursor };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var request = new SearchRequest(new MentionFilter
            {
                Query = parse.GetValue(query)!,
                From = DateOptions.Parse(parse.GetValue(from), isEnd: false),
                To = DateOptions.Parse(parse.GetValue(to), isEnd: true),
            })
            {
                Limit = Math.Max(0, parse.GetValue(limit)),
                Sort = parse.GetValue(sort),
                Cursor = parse.GetValue(cursor),
            };
            var page = await context.Index.SearchAsync(request, ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new { total = page.Total, hits = page.Hits.Select(MentionJson.ToRecord), next_cursor = page.NextCursor });
            }
            else
            {
                Print(page);
            }
            return 0;
        }));
        return command;
    }

    // One header line and the text below it: readable at any terminal width, unlike a table with a text column.
    private static void Print(SearchPage page)
    {
        foreach (var m in page.Hits)
        {
            var tags = string.Join("  ", new[]
            {
                m.Enrichment.Brands.Count > 0 ? "brands: " + string.Join(",", m.Enrichment.Brands) : null,
                m.Enrichment.Themes.Count > 0 ? "themes: " + string.Join(",", m.Enrichment.Themes) : null,
                m.Enrichment.Sentiment?.Name(),
            }.Where(t => t is not null));
            AnsiConsole.MarkupLine($"[bold]{m.PublishedAt.ToString("yyyy-MM-dd HH:mmzzz", CultureInfo.InvariantCulture)}[/]  {CommandRunner.Safe(m.Source)}/{CommandRunner.Safe(m.Id)}  {CommandRunner.Safe(m.Lang ?? "und")}  [dim]{CommandRunner.Safe(tags)}[/]");
            var text = m.Text.ReplaceLineEndings(" ");
            AnsiConsole.MarkupLine("  " + CommandRunner.Safe(text.Length > 280 ? text[..280] + "…" : text));
        }
        Console.WriteLine($"{page.Total.ToString(CultureInfo.InvariantCulture)} mentions" + (page.NextCursor is null ? "" : $"; next page: --cursor {page.NextCursor}"));
    }
}
