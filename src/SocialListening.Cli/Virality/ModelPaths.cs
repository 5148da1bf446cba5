namespace SocialListening.Cli.Virality;

/// <summary>Default locations of the virality model and the shared training cascades.</summary>
public static class ModelPaths
{
    /// <summary>The committed model ships beside the binary.</summary>
    public static string ShippedModel => Path.Combine(AppContext.BaseDirectory, "models", "virality.json");

    /// <summary>$SL_DATASETS/cascades/tideh, else the shared data set beside the project root.</summary>
    public static string DefaultCascades =>
        Path.Combine(Environment.GetEnvironmentVariable("SL_DATASETS") ?? Path.Combine("..", "shared", "datasets"), "cascades", "tideh");
}
