using SocialListening.Core.Configuration;
using YamlDotNet.Core;

namespace SocialListening.Core.Brands;

/// <summary>Reads and checks the brand and territory file (YAML, or JSON which is YAML too).</summary>
public static class BrandCatalogFile
{
    public static BrandCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BrandCatalogException($"The brand configuration file '{path}' does not exist.");
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static BrandCatalog Parse(string yaml, string origin = "configuration")
    {
        Document? document;
        try
        {
            document = ConfigurationYaml.Deserialize<Document?>(yaml);
        }
        catch (YamlException e)
        {
            throw new BrandCatalogException($"{origin}: line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }
        return document is null ? BrandCatalog.Empty : Validate(document, origin);
    }

    private static BrandCatalog Validate(Document document, string origin)
    {
        var errors = new List<string>();
        var themes = new List<Theme>();
        foreach (var (t, i) in document.Themes.Select((t, i) => (t, i)))
        {
            var id = Slug(t.Id ?? t.Name);
            if (id.Length == 0)
            {
                errors.Add($"themes[{i}]: an id is required.");
                continue;
            }
            var fr = t.Terms?.Fr ?? [];
            var en = t.Terms?.En ?? [];
            if (fr.Count + en.Count == 0)
            {
                errors.Add($"themes[{i}] ({id}): give at least one French or English term.");
            }
            themes.Add(new Theme(id, t.Name ?? id, fr, en, t.Exclude ?? []));
        }

        var brands = new List<Brand>();
        foreach (var (b, i) in document.Brands.Select((b, i) => (b, i)))
        {
            var id = Slug(b.Id ?? b.Name);
            if (id.Length == 0)
            {
                errors.Add($"brands[{i}]: an id or a name is required.");
                continue;
            }
            var name = b.Name ?? b.Id!;
            var aliases = (b.Aliases ?? []).Prepend(name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var territory = new List<TerritoryTarget>();
            foreach (var target in b.Territory ?? [])
            {
                var theme = Slug(target.Theme);
                if (!themes.Any(t => t.Id == theme))
                {
                    errors.Add($"brands[{i}] ({id}): territory theme '{target.Theme}' is not among the themes.");
                }
                if (target.Target is < 0 or > 1)
                {
                    errors.Add($"brands[{i}] ({id}): the target of '{target.Theme}' must be between 0 and 1 (a share of the brand's mentions).");
                }
                territory.Add(new TerritoryTarget(theme, target.Target));
            }
            brands.Add(new Brand(id, name, aliases, (b.Hashtags ?? []).Select(h => h.TrimStart('#')).ToArray(),
                (b.Handles ?? []).Select(h => h.TrimStart('@')).ToArray(), b.Exclude ?? [], territory));
        }
        var duplicate = brands.GroupBy(b => b.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"brands: the id '{duplicate.Key}' is used twice.");
        }

        var sets = new List<CompetitiveSet>();
        foreach (var (s, i) in document.CompetitiveSets.Select((s, i) => (s, i)))
        {
            var id = Slug(s.Id ?? s.Name);
            var members = (s.Brands ?? []).Select(Slug).ToArray();
            foreach (var missing in members.Where(m => brands.All(b => b.Id != m)))
            {
                errors.Add($"competitive_sets[{i}] ({id}): brand '{missing}' is not among the brands.");
            }
            sets.Add(new CompetitiveSet(id, s.Name ?? id, members));
        }

        if (errors.Count > 0)
        {
            throw new BrandCatalogException($"{origin}: " + string.Join(Environment.NewLine + "  ", errors));
        }
        return new BrandCatalog(brands, themes, sets);
    }

    /// <summary>Ids are lower-case, accent-free, with dashes: "Service client" becomes "service-client".</summary>
    public static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var folded = Text.TextFolding.Fold(text.Trim());
        var chars = folded.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class Document
    {
        public List<BrandDocument> Brands { get; set; } = [];
        public List<ThemeDocument> Themes { get; set; } = [];
        public List<SetDocument> CompetitiveSets { get; set; } = [];
    }

    private sealed class BrandDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Aliases { get; set; }
        public List<string>? Hashtags { get; set; }
        public List<string>? Handles { get; set; }
        public List<string>? Exclude { get; set; }
        public List<TargetDocument>? Territory { get; set; }
    }

    private sealed class TargetDocument
    {
        public string Theme { get; set; } = "";
        public double Target { get; set; }
    }

    private sealed class ThemeDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public TermsDocument? Terms { get; set; }
        public List<string>? Exclude { get; set; }
    }

    private sealed class TermsDocument
    {
        public List<string>? Fr { get; set; }
        public List<string>? En { get; set; }
    }

    private sealed class SetDocument
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Brands { get; set; }
    }
}

public sealed class BrandCatalogException(string message) : Exception(message);
