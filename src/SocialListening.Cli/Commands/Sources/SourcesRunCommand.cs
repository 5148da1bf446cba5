using System.CommandLine;
using Microsoft.Extensions.Logging;
using SocialListening.Cli.Hosting;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Cli.Commands.Sources;

/// <summary>`sl sources run NAME`: crawl one source now, in this process (paused sources too).</summary>
public static class SourcesRunCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Source name" };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request and retry" };
        var command = new Command("run", "Crawl one source now and index what is new") { name, verbose };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context => RunAsync(context, parse.GetValue(name)!, parse.GetValue(verbose), parse.GetValue(CommonOptions.Json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(SlContext context, string name, bool verbose, bool json, CancellationToken ct)
    {
        var definition = context.Sources().FirstOrDefault(s => s.Name == name)
            ?? throw new CliException($"No source is named '{name}' (see 'sl sources list').", 2);
        using var logs = LoggerFactory.Create(b => b
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var options = context.Crawling.Crawler;
        using var http = new PoliteHttpClient(options, context.Time, logs.CreateLogger<PoliteHttpClient>());
        var services = new SourceServices(http, context.Time, logs, context.Pseudonymiser());
        var runner = new SourceRunner(context.Index, new MentionSink(context.Index, context.EnrichmentStages(), services.Pseudonymiser, context.Time, context.IngestGate()),
            services, new CircuitBreaker(options, context.Time), logs.CreateLogger<SourceRunner>());
        var result = await runner.RunAsync(definition, null, ct).ConfigureAwait(false);
        if (json)
        {
            CommandRunner.WriteJson(new { source = result.Source, batches = result.Batches, added = result.Added, updated = result.Updated, skipped = result.Skipped, seconds = Math.Round(result.Elapsed.TotalSeconds, 3) });
        }
        else
        {
            Console.WriteLine($"{result.Source}: {result.Added} new, {result.Updated} updated, {result.Skipped} malformed skipped ({result.Batches} batches, {result.Elapsed.TotalSeconds:0.0} s)");
        }
        return 0;
    }
}
