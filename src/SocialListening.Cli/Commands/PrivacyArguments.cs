using SocialListening.Cli.Hosting;

namespace SocialListening.Cli.Commands;

/// <summary>The author handle and the operator's name, as `sl forget` and `sl author export` take them.</summary>
internal static class PrivacyArguments
{
    public const string HandleHelp = "The author's handle as it appears on the source (@name, with or without @), or its pseudonym (a_...); '-' reads it from standard input, keeping it out of the shell history";

    public static string Handle(string? value)
    {
        var handle = value == "-" ? Console.In.ReadLine() : value;
        if (string.IsNullOrWhiteSpace(handle) || handle.Trim().TrimStart('@').Length == 0)
        {
            throw new CliException("An author handle is required.", 2);
        }
        return handle.Trim();
    }

    public static string Who(string? by) => by ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
}
