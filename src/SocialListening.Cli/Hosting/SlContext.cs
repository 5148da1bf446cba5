using SocialListening.Analysis.Matching;
using SocialListening.Core.Analysis;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Sources;
using SocialListening.Search.Lucene;

namespace SocialListening.Cli.Hosting;

/// <summary>
/// What a command works with, chosen here and only here: the brand catalog, the index implementation, the analysis
/// stages. Opened lazily, so a command that needs no index does not lock one.
/// </summary>
public sealed class SlContext(SlSettings settings) : IDisposable
{
    private BrandCatalog? _catalog;
    private IMentionIndex? _index;
    private CrawlingConfiguration? _crawling;

    public SlSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = TimeProvider.System;

    public BrandCatalog Catalog => _catalog ??= Settings.ConfigPath is null ? BrandCatalog.Empty : BrandCatalogFile.Load(Settings.ConfigPath);

    public IMentionIndex Index => _index ??= new LuceneMentionIndex(Settings.IndexDirectory);

    public AuthorPseudonymiser Pseudonymiser() => new(AuthorKeyStore.Load(Settings.DataDirectory));

    /// <summary>The analysis stages run on every mention at ingest, in order.</summary>
    public IReadOnlyList<IEnrichmentStage> EnrichmentStages() =>
    [
        new BrandThemeMatcher(Catalog),
    ];

    /// <summary>The <c>crawler:</c> and <c>sources:</c> sections of the configuration file.</summary>
    public CrawlingConfiguration Crawling => _crawling ??= CrawlingConfigurationFile.Load(Settings.ConfigPath);

    public SourceStateStore SourceState => new(Settings.DataDirectory);

    /// <summary>Configured and added sources, with pauses applied.</summary>
    public IReadOnlyList<SourceDefinition> Sources() => SourceState.Merge(Crawling.Sources);

    public void Dispose() => _index?.Dispose();
}
