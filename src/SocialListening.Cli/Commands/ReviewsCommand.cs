using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Reviews;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>`sl reviews [--brand B]`: star ratings per brand, theme and week, promoters and detractors, and how
/// well the reviews' sentiment agrees with their stars.</summary>
public static class ReviewsCommand
{
    public static Command Create()
    {
        var brand = new Option<string?>("--brand") { Description = "Brand id or name (default: every configured brand)" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var command = new Command("reviews", "Ratings of the reviews per brand, theme and week: average, promoters (5 stars), detractors (1-3), agreement with sentiment") { brand, from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var brands = parse.GetValue(brand) is { } name
                ? [context.Catalog.FindBrand(name) ?? throw new CliException($"No brand '{name}' in the configuration. Brands: {string.Join(", ", context.Catalog.Brands.Select(b => b.Id))}.", 2)]
                : context.Catalog.Brands.ToArray();
            if (brands.Length == 0)
            {
                throw new CliException("No brands are configured: pass --config FILE (see docs/configuration.md) or set SL_CONFIG.", 2);
            }
            var breakdowns = new List<ReviewBreakdown>();
            foreach (var b in brands)
            {
                var filter = new MentionFilter
                {
                    Query = $"{MentionFields.Rating}:[1 TO 5]",
                    From = DateOptions.Parse(parse.GetValue(from), isEnd: false),
                    To = DateOptions.Parse(parse.GetValue(to), isEnd: true),
                }.WithTerm(MentionFields.Brand, b.Id);
                breakdowns.Add(ReviewBreakdown.Compute(b.Id, await context.Index.ReadAllAsync(filter, ct).ConfigureAwait(false)));
            }
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new { brands = breakdowns.Select(b => new { brand = b.Brand, overall = Json(b.Overall), themes = b.ByTheme.Select(Json), weeks = b.ByWeek.Select(Json) }) });
                return 0;
            }
            foreach (var b in breakdowns)
            {
                Console.WriteLine($"{b.Brand}: {Describe(b.Overall)}");
                var table = new Table().Border(TableBorder.Simple).AddColumn("theme / week").AddColumn(new TableColumn("reviews").RightAligned())
                    .AddColumn(new TableColumn("1-5 stars").RightAligned()).AddColumn(new TableColumn("average").RightAligned())
                    .AddColumn(new TableColumn("NPS").RightAligned()).AddColumn(new TableColumn("agreement").RightAligned());
                foreach (var s in b.ByTheme.Concat(b.ByWeek))
                {
                    table.AddRow(CommandRunner.Safe(s.Key), s.Reviews.ToString(CultureInfo.InvariantCulture), string.Join(" ", s.Stars),
                        s.Average.ToString("0.00", CultureInfo.InvariantCulture), s.NetPromoter.ToString("+0;-0;0", CultureInfo.InvariantCulture),
                        s.Agreement?.ToString("P0", CultureInfo.InvariantCulture) ?? "-");
                }
                AnsiConsole.Write(table);
            }
            return 0;
        }));
        return command;
    }

    private static string Describe(ReviewStatistics s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Reviews} reviews, average {s.Average:0.00}, promoters {s.Promoters:P0}, detractors {s.Detractors:P0}, NPS {s.NetPromoter:+0;-0;0}, sentiment agrees with stars for {(s.Agreement is { } a ? a.ToString("P0", CultureInfo.InvariantCulture) : "-")}");

    private static object Json(ReviewStatistics s) => new
    {
        key = s.Key,
        reviews = s.Reviews,
        stars = s.Stars,
        average = s.Average,
        promoters = s.Promoters,
        detractors = s.Detractors,
        nps = s.NetPromoter,
        agreement = s.Agreement,
    };
}
