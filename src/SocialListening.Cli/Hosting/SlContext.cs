using SocialListening.Analysis.Matching;
using SocialListening.Core.Analysis;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Privacy;
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

    /// <summary>Closes the index so that another component (the API server) can open it; a later use reopens it.</summary>
    public void ReleaseIndex()
    {
        _index?.Dispose();
        _index = null;
    }

    public void Dispose() => ReleaseIndex();
}
