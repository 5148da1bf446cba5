namespace SocialListening.Cli.Hosting;

/// <summary>A failure to report to the user as is (no stack trace), with the exit code to return.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
