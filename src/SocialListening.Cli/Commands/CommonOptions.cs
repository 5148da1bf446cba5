using System.CommandLine;

namespace SocialListening.Cli.Commands;

/// <summary>Options every command takes: where the index and state live, the configuration file, JSON output.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Folder of the index and the operational state (default: 'data' in the configuration, else ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Configuration file with brands, themes and competitive sets (default: $SL_CONFIG, else ./sl.yaml if present)",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Machine-readable JSON output",
        Recursive = true,
    };
}
