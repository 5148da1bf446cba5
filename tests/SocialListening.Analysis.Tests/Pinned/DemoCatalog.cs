using SocialListening.Core.Brands;

namespace SocialListening.Analysis.Tests.Pinned;

/// <summary>The demo's brands and themes (samples/demo/brands.yaml).</summary>
internal static class DemoCatalog
{
    public static readonly BrandCatalog Instance = BrandCatalogFile.Load(ShippedModels.RepositoryFile("samples", "demo", "brands.yaml"));
}
