using System.CommandLine;
using SocialListening.Analysis.Topics;
using SocialListening.Cli.Hosting;
using SocialListening.Cli.Rendering;
using SocialListening.Core.Index;
using SocialListening.Core.Territory;
using SocialListening.Ingestion.Import;
using SocialListening.Ingestion.State;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>
/// `sl demo`: builds an index from the bundled demo corpus (samples/demo, shipped beside the binary) with the demo
/// brand configuration, then prints share of voice and each brand's territory.
/// </summary>
public static class DemoCommand
{
    private const string Marker = ".sl-demo";
    private const string DemoKeyName = "demo";

    private static readonly Option<bool> NoServe = new("--no-serve") { Description = "Print the tables and exit, without serving the dashboards" };
    private static readonly Option<string> Urls = ServeCommand.Urls();

    public static Command Create()
    {
        var command = new Command("demo", "Build a demo index from the bundled corpus, print share of voice and territories, then serve the dashboards with a demo key (default data folder: ./data/demo)")
        {
            NoServe, Urls,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, _ => RunAsync(parse, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var bundle = Path.Combine(AppContext.BaseDirectory, "demo");
        var corpus = Path.Combine(bundle, "mentions.jsonl");
        if (!File.Exists(corpus))
        {
            throw new CliException($"The demo corpus is missing from '{bundle}': rebuild the CLI (dotnet build) so that samples/demo is copied beside it.");
        }
        var settings = new SlSettings(
            Path.GetFullPath(parse.GetValue(CommonOptions.Config) ?? Path.Combine(bundle, "brands.yaml")),
            Path.GetFullPath(parse.GetValue(CommonOptions.Data) ?? Path.Combine("data", "demo")));
        PrepareFolder(settings);

        using var context = new SlContext(settings);
        var importer = new FileImporter(context.Index, context.EnrichmentStages(),
            new MentionRecordParser(context.Pseudonymiser(), context.Time, MentionRecordParser.DefaultMaxTextLength),
            new ImportOptions { RejectsDirectory = settings.RejectsDirectory });
        var result = await importer.ImportAsync(corpus, null, ct).ConfigureAwait(false);

        var insights = new BrandInsights(context.Index, context.Catalog);
        var set = SovCommand.ResolveSet(context.Catalog, null);
        var overall = await insights.ShareOfVoiceAsync(set, SovDimension.All, MentionFilter.All, ct).ConfigureAwait(false);
        var byTheme = await insights.ShareOfVoiceAsync(set, SovDimension.Theme, MentionFilter.All, ct).ConfigureAwait(false);
        var territories = new List<TerritoryReport>();
        foreach (var brand in set.Brands.Select(b => context.Catalog.FindBrand(b)!))
        {
            territories.Add(await insights.TerritoryAsync(brand, MentionFilter.All, ct).ConfigureAwait(false));
        }
        // What `sl topics --brand B` saves, so that the brand dashboard shows the topics right away.
        var topics = new List<TopicReport>();
        foreach (var brand in set.Brands.Select(b => context.Catalog.FindBrand(b)!))
        {
            if (await context.Topics().ForBrandAsync(brand, null, null, TopicInsights.DefaultTopics, ct).ConfigureAwait(false) is { } report)
            {
                TopicReportFile.Save(report, settings.DataDirectory);
                topics.Add(report);
            }
        }

        // The server opens the index itself (one writer per index): release this process's handle first.
        context.ReleaseIndex();
        if (parse.GetValue(CommonOptions.Json))
        {
            CommandRunner.WriteJson(new
            {
                data = settings.DataDirectory,
                config = settings.ConfigPath,
                imported = new { accepted = result.Accepted, duplicates = result.Duplicates, rejected = result.Rejected },
                share_of_voice = InsightOutput.SovJson(overall),
                share_of_voice_by_theme = InsightOutput.SovJson(byTheme),
                territories = territories.Select(t => InsightOutput.TerritoryJson(t, context.Catalog)),
                topics = topics.Select(t => new
                {
                    brand = t.Scope,
                    topics = t.Topics.Count,
                    emerging = t.Topics.Where(x => x.Emerging).Select(x => x.Label),
                    territory_gap = t.Topics.Where(x => x.TerritoryGap).Select(x => new { label = x.Label, suggested_theme = x.SuggestedTheme }),
                }),
            });
            return 0;
        }

        AnsiConsole.MarkupLine($"[bold]SocialListening demo[/]: {result.Accepted} mentions indexed in [blue]{CommandRunner.Safe(settings.IndexDirectory)}[/]");
        AnsiConsole.WriteLine();
        InsightOutput.PrintSov(overall, context.Catalog);
        InsightOutput.PrintSov(byTheme, context.Catalog);
        foreach (var territory in territories)
        {
            AnsiConsole.WriteLine();
            InsightOutput.PrintTerritory(territory, context.Catalog);
        }
        AnsiConsole.WriteLine();
        Console.WriteLine("Topics (saved for the brand dashboard):");
        foreach (var report in topics)
        {
            var emerging = report.Topics.Where(t => t.Emerging).Select(t => t.Label).ToArray();
            var gap = report.Topics.Where(t => t.TerritoryGap).Select(t => t.SuggestedTheme is null ? t.Label : $"{t.Label} (add theme {t.SuggestedTheme})").ToArray();
            AnsiConsole.MarkupLine(CommandRunner.Safe($"  {context.Catalog.FindBrand(report.Scope)?.Name ?? report.Scope}: {report.Topics.Count} topics; emerging: {(emerging.Length == 0 ? "none" : string.Join("; ", emerging))}; territory gap: {(gap.Length == 0 ? "none" : string.Join("; ", gap))}"));
        }
        var flags = $"--data \"{settings.DataDirectory}\" --config \"{settings.ConfigPath}\"";
        AnsiConsole.WriteLine();
        Console.WriteLine("Try next:");
        Console.WriteLine($"  sl query \"panne AND brand:mandarine\" {flags}");
        Console.WriteLine($"  sl sov --by day {flags}");
        Console.WriteLine($"  sl territory vireo {flags} --json");
        Console.WriteLine($"  sl topics --brand kalix {flags}");
        if (parse.GetValue(NoServe))
        {
            return 0;
        }

        // A fresh demo key each run (community manager: reads everything and may act on the triage queue).
        var keys = KeysCommand.Store(context);
        keys.RemoveByName(DemoKeyName);
        var (key, _) = keys.Add(Api.Security.ApiRole.CommunityManager, DemoKeyName);
        await ApiServer.RunAsync(settings, parse.GetValue(Urls)!, null, addresses =>
        {
            AnsiConsole.WriteLine();
            Console.WriteLine($"Demo API key (community_manager): {key}");
            ApiServer.PrintDashboards(addresses[0], key);
            Console.WriteLine("Serving until Ctrl+C (use --no-serve to only print the tables).");
        }, ct).ConfigureAwait(false);
        return 0;
    }

    // The demo rebuilds its index from scratch, so it only ever deletes an index it made itself.
    private static void PrepareFolder(SlSettings settings)
    {
        var marker = Path.Combine(settings.DataDirectory, Marker);
        if (Directory.Exists(settings.IndexDirectory) && !File.Exists(marker))
        {
            throw new CliException($"'{settings.DataDirectory}' holds an index that the demo did not create; choose another folder with --data.", 2);
        }
        if (Directory.Exists(settings.IndexDirectory))
        {
            Directory.Delete(settings.IndexDirectory, recursive: true);
        }
        var insights = Path.Combine(settings.DataDirectory, "insights");
        if (Directory.Exists(insights))
        {
            Directory.Delete(insights, recursive: true);
        }
        if (Directory.Exists(settings.RejectsDirectory))
        {
            Directory.Delete(settings.RejectsDirectory, recursive: true);
        }
        Directory.CreateDirectory(settings.DataDirectory);
        // The stories of the deleted index: a fresh index starts a fresh memory.
        new StoryStore(settings.StatePath).Clear();
        File.WriteAllText(marker, "This folder was made by 'sl demo', which may delete and rebuild it.\n");
    }
}
