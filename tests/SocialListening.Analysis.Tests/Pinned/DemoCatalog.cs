using SocialListening.Core.Brands;

namespace SocialListening.Analysis.Tests.Pinned;

/// <summary>The demo's brands and themes (samples/demo/brands.yaml), found by walking up from the test binaries.</summary>
internal static class DemoCatalog
{
    public static readonly BrandCatalog Instance = BrandCatalogFile.Load(Find());

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "demo", "brands.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"samples/demo/brands.yaml not found above {AppContext.BaseDirectory}");
    }
}
