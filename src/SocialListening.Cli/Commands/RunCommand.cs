using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Ingestion;

namespace SocialListening.Cli.Commands;

/// <summary>`sl run`: the long-running service (the crawl scheduler) until Ctrl+C.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the service: the crawl scheduler, until Ctrl+C");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, context => RunAsync(context, ct)));
        return command;
    }

    private static async Task<int> RunAsync(SlContext context, CancellationToken ct)
    {
        var sources = context.Sources();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(context.Time);
        builder.Services.AddSingleton(context.Index);
        builder.Services.AddSingleton<IReadOnlyList<IEnrichmentStage>>(context.EnrichmentStages());
        builder.Services.AddSingleton(context.Pseudonymiser());
        builder.AddCrawling(context.Crawling, sources, context.Settings.DataDirectory);
        using var host = builder.Build();
        await host.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }
}
