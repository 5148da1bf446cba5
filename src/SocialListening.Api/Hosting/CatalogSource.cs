using Microsoft.Extensions.Options;
using SocialListening.Core.Brands;

namespace SocialListening.Api.Hosting;

/// <summary>
/// The brand catalog from the configuration file, reloadable by an admin without a restart: territory targets and
/// competitive sets apply at query time, so a reload changes the reports at once (brand and theme matching happen
/// at ingest, so they apply to mentions imported afterwards). A file that does not load leaves the current catalog.
/// </summary>
public sealed class CatalogSource(IOptions<ApiOptions> options)
{
    private volatile BrandCatalog? _current;

    public string? Path => options.Value.ConfigPath;

    public BrandCatalog Current => _current ??= Load();

    public BrandCatalog Reload() => _current = Load();

    private BrandCatalog Load() => Path is null ? BrandCatalog.Empty : BrandCatalogFile.Load(Path);
}
