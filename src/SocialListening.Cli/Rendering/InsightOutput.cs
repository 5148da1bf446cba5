using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Brands;
using SocialListening.Core.Territory;
using Spectre.Console;

namespace SocialListening.Cli.Rendering;

/// <summary>Share-of-voice and territory reports as terminal tables or JSON (the shapes the issues name).</summary>
public static class InsightOutput
{
    public static object SovJson(ShareOfVoiceReport report) => new
    {
        set = report.Set,
        by = report.By.ToString().ToLowerInvariant(),
        groups = report.Groups.Select(g => new
        {
            key = g.Key,
            mentions = g.BrandMentions,
            brands = g.Brands.Select(b => new { brand = b.Brand, mentions = b.Mentions, share = Math.Round(b.Share, 4) }),
        }),
    };

    public static object TerritoryJson(TerritoryReport report, BrandCatalog catalog) => new
    {
        brand = report.Brand,
        mentions = report.BrandMentions,
        alignment = Math.Round(report.Alignment, 4),
        themes = report.Themes.Select(t => new
        {
            theme = t.Theme,
            name = catalog.FindTheme(t.Theme)?.Name ?? t.Theme,
            mentions = t.Mentions,
            association = Math.Round(t.Association, 4),
            target = t.Target,
            gap = t.Target is { } target ? Math.Round(t.Association - target, 4) : (double?)null,
            share_of_voice = Math.Round(t.ShareOfVoice, 4),
            leader = t.Leader,
            ratio_to_leader = Math.Round(t.RatioToLeader, 4),
            competitors = t.Competitors.Select(c => new { brand = c.Brand, mentions = c.Mentions, share = Math.Round(c.Share, 4) }),
        }),
        summary = Summary(report, catalog),
    };

    public static void PrintSov(ShareOfVoiceReport report, BrandCatalog catalog)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Share of voice, {CommandRunner.Safe(report.Set)}" + (report.By == SovDimension.All ? "" : $", by {report.By.ToString().ToLowerInvariant()}"));
        table.AddColumn(report.By == SovDimension.All ? "" : report.By.ToString().ToLowerInvariant());
        table.AddColumn(new TableColumn("mentions").RightAligned());
        foreach (var brand in report.Brands)
        {
            table.AddColumn(new TableColumn(CommandRunner.Safe(catalog.FindBrand(brand)?.Name ?? brand)).RightAligned());
        }
        foreach (var group in report.Groups)
        {
            var cells = new List<string> { CommandRunner.Safe(report.By == SovDimension.Theme ? catalog.FindTheme(group.Key)?.Name ?? group.Key : group.Key), Count(group.BrandMentions) };
            var leader = group.Brands.Count > 0 && group.Brands[0].Mentions > 0 ? group.Brands[0].Brand : null;
            foreach (var brand in report.Brands)
            {
                var share = group.Brands.First(b => b.Brand == brand);
                var cell = $"{Percent(share.Share)} ({Count(share.Mentions)})";
                cells.Add(brand == leader ? $"[bold]{cell}[/]" : cell);
            }
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
    }

    public static void PrintTerritory(TerritoryReport report, BrandCatalog catalog)
    {
        var name = catalog.FindBrand(report.Brand)?.Name ?? report.Brand;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Territory of {CommandRunner.Safe(name)}: {Count(report.BrandMentions)} mentions, alignment {Percent(report.Alignment)} (gap in points)");
        table.AddColumns("theme", "n", "assoc.", "target", "gap", "SoV", "leader", "vs lead");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }
        foreach (var t in report.Themes)
        {
            var gap = t.Target is { } target ? (t.Association - target) : (double?)null;
            table.AddRow(
                CommandRunner.Safe(catalog.FindTheme(t.Theme)?.Name ?? t.Theme),
                Count(t.Mentions),
                Percent(t.Association),
                t.Target is { } tg ? Percent(tg) : "-",
                gap is { } g ? (g < 0 ? $"[red]{Signed(g)}[/]" : $"[green]{Signed(g)}[/]") : "-",
                Percent(t.ShareOfVoice),
                CommandRunner.Safe(catalog.FindBrand(t.Leader)?.Name ?? t.Leader),
                t.Leader == report.Brand ? "leads" : $"x{t.RatioToLeader.ToString("0.00", CultureInfo.InvariantCulture)}");
        }
        AnsiConsole.Write(table);
        foreach (var line in Summary(report, catalog))
        {
            Console.WriteLine("  " + line);
        }
    }

    /// <summary>The sentences a brand manager reads first: where the conversation is far from the target.</summary>
    public static IReadOnlyList<string> Summary(TerritoryReport report, BrandCatalog catalog)
    {
        var name = catalog.FindBrand(report.Brand)?.Name ?? report.Brand;
        var lines = new List<string>();
        foreach (var t in report.Themes.Where(t => t.Target is not null).OrderByDescending(t => Math.Abs(t.Association - t.Target!.Value)).Take(3))
        {
            var theme = catalog.FindTheme(t.Theme)?.Name ?? t.Theme;
            var leader = catalog.FindBrand(t.Leader)?.Name ?? t.Leader;
            var position = t.Leader == report.Brand
                ? $"and it leads the theme's share of voice ({Percent(t.ShareOfVoice)})"
                : $"and its share of voice there ({Percent(t.ShareOfVoice)}) is {Ratio(t.RatioToLeader)} {leader}'s";
            lines.Add($"{Percent(t.Association)} of {name}'s mentions are about {theme} (target {Percent(t.Target!.Value)}), {position}.");
        }
        return lines;
    }

    private static string Ratio(double ratio) => ratio switch
    {
        < 0.4 => $"{ratio.ToString("0.00", CultureInfo.InvariantCulture)} times",
        < 0.6 => "about half of",
        < 0.9 => $"{ratio.ToString("0.00", CultureInfo.InvariantCulture)} times",
        _ => "close to",
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value >= 0 ? "+" : "") + (value * 100).ToString("0.0", CultureInfo.InvariantCulture);
}
