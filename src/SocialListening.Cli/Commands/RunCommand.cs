using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialListening.Api.Hosting;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Ingestion;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Privacy;
using Microsoft.Extensions.Logging;

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
            // Expired posts and erased authors stay out at ingest; the retention job deletes what ages past its period.
            var retention = context.Retention();
            builder.Services.AddSingleton(context.IngestGate());
            builder.Services.AddSingleton(sp => new RetentionRunner(sp.GetRequiredService<IMentionIndex>(), retention, new MentionState(context.Settings.StatePath),
                context.PrivacyAudit(), context.Time, context.RawFolders(), sp.GetRequiredService<ILogger<RetentionRunner>>()));
            // Replaces the API's eraser, which knows only the rejects folder: here the folder sources' done/ are known too.
            builder.Services.AddSingleton(sp => new AuthorEraser(sp.GetRequiredService<IMentionIndex>(), context.KeyRing(), context.PrivacyAudit(),
                new MentionState(context.Settings.StatePath), context.Time, context.RawFolders(), sp.GetRequiredService<ILogger<AuthorEraser>>()));
            builder.AddCrawling(context.Crawling, context.Crawling.Sources, context.Settings.DataDirectory, q =>
            {
                RetentionJob.Schedule(q, retention);
                AlertsJob.Schedule(q);
            });
            builder.Services.AddSingleton(context.SpikePhrases());
            builder.Services.AddAlerting(_ => context.Settings.StatePath, _ => context.Settings.ConfigPath);
            Console.WriteLine($"Retention applied on schedule '{retention.Schedule}': "
                + (retention.Default is { } days ? $"{days.TotalDays:0.##} days by default" : "no default limit")
                + string.Concat(retention.PerSource.Select(s => $", {s.Key} {s.Value.TotalDays:0.##} days")) + ".");
            Console.WriteLine($"Alert rules evaluated every minute: {context.AlertRules().All.Count}.");
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
