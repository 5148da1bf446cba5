using System.Reflection;

namespace DemoCorpus;

/// <summary>The templates of both languages, indexed by language, kind, theme and tone.</summary>
public sealed class TemplateLibrary
{
    private readonly Dictionary<string, List<Template>> _cells = [];

    public static TemplateLibrary LoadEmbedded()
    {
        var library = new TemplateLibrary();
        foreach (var lang in new[] { "fr", "en" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Templates.{lang}.txt")
                ?? throw new InvalidOperationException($"The {lang} templates are not embedded.");
            using var reader = new StreamReader(stream);
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                library.Add(Template.Parse(lang, line, number));
            }
        }
        return library;
    }

    public int Count => _cells.Values.Sum(c => c.Count);

    private void Add(Template template)
    {
        foreach (var key in Keys(template))
        {
            if (!_cells.TryGetValue(key, out var cell))
            {
                _cells[key] = cell = [];
            }
            cell.Add(template);
        }
    }

    // A template is reachable by its exact cell and by the wider cells that ignore the theme or the tone.
    private static IEnumerable<string> Keys(Template t) =>
    [
        Key(t.Lang, t.Kind, t.Theme, t.Tone.ToString()),
        Key(t.Lang, t.Kind, "*", t.Tone.ToString()),
        Key(t.Lang, t.Kind, t.Theme, "*"),
        Key(t.Lang, t.Kind, "*", "*"),
    ];

    private static string Key(string lang, string kind, string theme, string tone) => $"{lang}/{kind}/{theme}/{tone}";

    public bool Has(string lang, string kind, string? theme = null, Tone? tone = null) =>
        _cells.ContainsKey(Key(lang, kind, theme ?? "*", tone?.ToString() ?? "*"));

    public Template Pick(Random random, string lang, string kind, string? theme = null, Tone? tone = null)
    {
        var key = Key(lang, kind, theme ?? "*", tone?.ToString() ?? "*");
        if (!_cells.TryGetValue(key, out var cell))
        {
            throw new InvalidOperationException($"No template for {key}.");
        }
        return random.Pick(cell);
    }
}
