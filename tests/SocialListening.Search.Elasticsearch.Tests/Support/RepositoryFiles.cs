namespace SocialListening.Search.Elasticsearch.Tests.Support;

/// <summary>Finds the repository (the folder holding SocialListening.sln) and the shared specs beside it.</summary>
internal static class RepositoryFiles
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialListening.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    public static string RequireRoot() =>
        Root() ?? throw new InvalidOperationException("SocialListening.sln not found above " + AppContext.BaseDirectory);

    /// <summary>../shared/specs/elasticsearch-rest-api from the repository, or null with the reason it is missing.</summary>
    public static string? RestSpecFolder(out string reason)
    {
        var root = Root();
        if (root is null)
        {
            reason = "the repository (SocialListening.sln) was not found above " + AppContext.BaseDirectory;
            return null;
        }
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "specs", "elasticsearch-rest-api"));
        reason = $"the Elasticsearch REST spec files are not at {folder}";
        return Directory.Exists(folder) && File.Exists(Path.Combine(folder, "search.json")) ? folder : null;
    }
}
