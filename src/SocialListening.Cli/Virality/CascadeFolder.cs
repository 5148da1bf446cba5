using SocialListening.Core.Virality;

namespace SocialListening.Cli.Virality;

/// <summary>Loads every cascade file (*.txt, README excepted) of a folder, in file-name order.</summary>
public static class CascadeFolder
{
    public static IReadOnlyList<Cascade> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new CascadeFormatException($"cascade folder not found: {folder}");
        var cascades = Directory.EnumerateFiles(folder, "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var reader = File.OpenText(f);
                return CascadeReader.Read(reader, Path.GetFileName(f));
            })
            .ToArray();
        return cascades.Length > 0 ? cascades : throw new CascadeFormatException($"no cascade file (*.txt) in {folder}");
    }
}
