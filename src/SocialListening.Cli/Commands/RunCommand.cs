using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialListening.Api.Hosting;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Ingestion;
using SocialListening.Ingestion.Alerts;

namespace SocialListening.Cli.Commands;

/// <summary>`sl run`: the long-running service (the crawl scheduler) until Ctrl+C.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where the API and dashboards listen", DefaultValueFactory = _ => ApiServer.DefaultUrls };
        var noApi = new Option<bool>("--no-api") { Description = "Run the crawl scheduler only" };
        var command = new Command("run", "Run the service: the crawl scheduler and the API with the dashboards, until Ctrl+C") { urls, noApi };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context => RunAsync(context, parse.GetValue(urls)!, parse.GetValue(noApi), ct)));
        return command;
    }

    private static async Task<int> RunAsync(SlContext context, string urls, bool noApi, CancellationToken ct)
    {
        // Fail now with the folder and the cause, not later with whichever store first tries to write.
        Ingestion.State.StorageFailure.EnsureWritable(context.Settings.DataDirectory);
        var sources = context.Sources();
        // One process, one index instance: the crawlers write and the API reads through the same writer.
        void AddCrawlers(IHostApplicationBuilder builder)
        {
            builder.Services.AddSingleton(context.Time);
            builder.Services.AddSingleton(context.Index);
            builder.Services.AddSingleton<IReadOnlyList<IEnrichmentStage>>(context.EnrichmentStages());
            builder.Services.AddSingleton(context.Pseudonymiser());
            var rules = context.Settings.ConfigPath is null ? [] : AlertRulesFile.Load(context.Settings.ConfigPath);
            builder.AddCrawling(context.Crawling, sources, context.Settings.DataDirectory, rules.Count > 0 ? AlertsJob.Schedule : null);
            if (rules.Count > 0)
            {
                builder.Services.AddSingleton(rules);
                builder.Services.AddHttpClient();
                builder.Services.AddSingleton(sp => new AlertDispatcher(sp.GetRequiredService<IMentionIndex>(),
                    new AlertStateStore(Path.Combine(context.Settings.DataDirectory, "state.db")),
                    new WebhookSender(sp.GetRequiredService<IHttpClientFactory>().CreateClient("alerts"), context.Time), context.Time));
            }
            Console.WriteLine($"Alert rules evaluated every minute: {rules.Count}.");
        }

        if (noApi)
        {
            var builder = Host.CreateApplicationBuilder();
            AddCrawlers(builder);
            ObservabilitySettings.Apply(context.Settings.ConfigPath, builder.Configuration);
            builder.AddObservability();
            using var host = builder.Build();
            await host.RunAsync(ct).ConfigureAwait(false);
            return 0;
        }
        await ApiServer.RunAsync(context.Settings, urls, null, started =>
        {
            Console.WriteLine($"Crawling {sources.Count} source(s); serving the API and dashboards. Ctrl+C to stop.");
            ApiServer.PrintDashboards(started[0], null);
            Console.WriteLine("Create a key with: sl keys add --role viewer|analyst|community_manager|admin");
        }, ct, AddCrawlers).ConfigureAwait(false);
        return 0;
    }
}
