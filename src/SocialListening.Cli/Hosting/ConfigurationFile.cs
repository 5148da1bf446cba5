using System.Globalization;
using SocialListening.Core.Configuration;
using YamlDotNet.Core;

namespace SocialListening.Cli.Hosting;

/// <summary>Reads one section's view of the configuration file; a file that is not valid YAML fails with its name and line.</summary>
public static class ConfigurationFile
{
    public static T? Read<T>(string path, string section)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the configuration file: {e.Message}", 2);
        }
        try
        {
            return ConfigurationYaml.Deserialize<T>(text);
        }
        catch (YamlException e)
        {
            var line = e.Start.Line > 0 ? $"line {e.Start.Line.ToString(CultureInfo.InvariantCulture)}: " : "";
            throw new CliException($"{path}: {line}{section}{e.InnerException?.Message ?? e.Message}", 2);
        }
    }
}
