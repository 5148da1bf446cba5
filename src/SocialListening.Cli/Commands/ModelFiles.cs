using SocialListening.Analysis.Sentiment;

namespace SocialListening.Cli.Commands;

/// <summary>Where the shipped models live (models/NAME.zip beside the binary) and loading them with a clear error.</summary>
public static class ModelFiles
{
    public static string DefaultPath(string name) => Path.Combine(AppContext.BaseDirectory, "models", name + ".zip");

    public static SentimentModel? LoadSentiment(string? path)
    {
        path ??= DefaultPath("sentiment");
        try
        {
            return SentimentModel.Load(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot load the sentiment model: {e.Message}");
            return null;
        }
    }
}
