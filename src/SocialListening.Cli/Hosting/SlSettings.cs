
namespace SocialListening.Cli.Hosting;

/// <summary>
/// Where things are: the configuration file (brands, themes, competitive sets and a few settings) and the data
/// folder (index, operational state, rejects). Resolved from the command line, then the environment, then defaults.
/// </summary>
public sealed record SlSettings(string? ConfigPath, string DataDirectory)
{
    public const string ConfigVariable = "SL_CONFIG";
    public const string DataVariable = "SL_DATA";

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    /// <summary>The operational SQLite database: API keys, triage, sources added at run time, alert rules and state.</summary>
    public string StatePath => Path.Combine(DataDirectory, "state.db");
    public string RejectsDirectory => Path.Combine(DataDirectory, "rejects");

    public static SlSettings Resolve(string? config, string? data)
    {
        config ??= Environment.GetEnvironmentVariable(ConfigVariable);
        if (config is null && File.Exists("sl.yaml"))
        {
            config = "sl.yaml";
        }
        if (config is not null && !File.Exists(config))
        {
            throw new CliException($"The configuration file '{config}' does not exist.", 2);
        }
        data ??= Environment.GetEnvironmentVariable(DataVariable);
        if (data is null && config is not null && DataFromConfig(config) is { } fromConfig)
        {
            data = Path.IsPathRooted(fromConfig) ? fromConfig : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config))!, fromConfig);
        }
        return new SlSettings(config is null ? null : Path.GetFullPath(config), Path.GetFullPath(data ?? "data"));
    }

    private static string? DataFromConfig(string path) => ConfigurationFile.Read<ConfigHead?>(path, "")?.Data;

    private sealed class ConfigHead
    {
        public string? Data { get; set; }
    }
}
