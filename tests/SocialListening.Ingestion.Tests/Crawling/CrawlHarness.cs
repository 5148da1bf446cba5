using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;
using SocialListening.Search.Lucene;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>The crawler wired as in production (guarded client, sink, Lucene index on a temp folder) for tests.</summary>
public sealed class CrawlHarness : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-crawl-").FullName;

    public CrawlHarness(CrawlerOptions? options = null)
    {
        Options = options ?? Fast(allowPrivate: true);
        Index = new LuceneMentionIndex(Path.Combine(_folder, "index"));
        Http = new PoliteHttpClient(Options, TimeProvider.System, NullLogger<PoliteHttpClient>.Instance);
        Services = new SourceServices(Http, TimeProvider.System, NullLoggerFactory.Instance, new AuthorPseudonymiser(new byte[32]));
        Breaker = new CircuitBreaker(Options, TimeProvider.System);
        Runner = new SourceRunner(Index, new MentionSink(Index, [], Services.Pseudonymiser, TimeProvider.System), Services, Breaker, NullLogger<SourceRunner>.Instance);
    }

    public static CrawlerOptions Fast(bool allowPrivate) => new()
    {
        ContactUrl = "https://example.org/bot",
        AllowPrivateNetworks = allowPrivate,
        PerHostRps = 1000,
        PerHostConcurrency = 4,
        BaseBackoff = TimeSpan.FromMilliseconds(20),
        MaxBackoff = TimeSpan.FromSeconds(5),
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = 3,
    };

    public string Folder => _folder;
    public CrawlerOptions Options { get; }
    public LuceneMentionIndex Index { get; }
    public PoliteHttpClient Http { get; }
    public SourceServices Services { get; }
    public CircuitBreaker Breaker { get; }
    public SourceRunner Runner { get; }

    /// <summary>A host with the crawlers and their scheduler, as `sl run` builds it, writing to this harness's index.</summary>
    public IHost Host(Configuration.CrawlingConfiguration configuration, string? dataDirectory = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IMentionIndex>(Index);
        builder.Services.AddSingleton<IReadOnlyList<Core.Analysis.IEnrichmentStage>>([]);
        builder.Services.AddSingleton(new AuthorPseudonymiser(new byte[32]));
        builder.AddCrawling(configuration, configuration.Sources, dataDirectory ?? Path.Combine(_folder, "data"));
        return builder.Build();
    }

    public Task<CrawlResult> RunAsync(SourceDefinition definition) => Runner.RunAsync(definition, null, TestContext.Current.CancellationToken);

    public async Task<IReadOnlyList<Mention>> AllAsync(string source)
    {
        var page = await Index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(MentionFields.Source, source)) { Limit = 1000, Sort = SearchSort.Oldest }, TestContext.Current.CancellationToken);
        return page.Hits;
    }

    public async Task<SourceCursor> CursorAsync(string source) =>
        SourceCursor.Parse((await Index.GetCheckpointsAsync(TestContext.Current.CancellationToken)).GetValueOrDefault(SourceCursor.CheckpointKey(source)));

    public void Dispose()
    {
        Http.Dispose();
        Index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
