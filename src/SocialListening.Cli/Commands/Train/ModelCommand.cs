namespace SocialListening.Cli.Commands.Train;

/// <summary>Runs a train or eval action, turning data and model errors into one line on stderr and exit code 1.</summary>
public static class ModelCommand
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or ArgumentException or IOException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Where the shipped model NAME.zip lives: beside the binary, in models/.</summary>
    public static string ShippedModel(string name) => Path.Combine(AppContext.BaseDirectory, "models", name + ".zip");

    public static string Required(string? value, string option) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{option} is required") : value;
}
