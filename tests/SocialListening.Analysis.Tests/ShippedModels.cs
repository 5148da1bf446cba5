namespace SocialListening.Analysis.Tests;

/// <summary>Finds committed files (models/, samples/) by walking up from the test binaries to the repository root.</summary>
internal static class ShippedModels
{
    public static string Path(string name) => RepositoryFile("models", name + ".zip");

    public static string RepositoryFile(params string[] parts)
    {
        var relative = System.IO.Path.Combine(parts);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
