namespace SocialListening.Analysis.Tests;

/// <summary>Finds the committed models/ folder by walking up from the test binaries to the repository root.</summary>
internal static class ShippedModels
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "models", name + ".zip");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"models/{name}.zip not found above {AppContext.BaseDirectory}");
    }
}
