using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

/// <summary>The committed models/sentiment.zip, found by walking up from the test binaries to the repository root.</summary>
public static class ShippedModel
{
    private static readonly Lazy<SentimentModel> Model = new(() => SentimentModel.Load(Find()));

    public static SentimentModel Sentiment => Model.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "models", "sentiment.zip");
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "SocialListening.sln")))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("models/sentiment.zip not found above " + AppContext.BaseDirectory);
    }
}
