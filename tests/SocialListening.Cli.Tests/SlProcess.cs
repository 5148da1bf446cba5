using System.Diagnostics;

namespace SocialListening.Cli.Tests;

/// <summary>Runs the real `sl` (the built sl.dll beside the tests) as a child process, as a user would.</summary>
internal static class SlProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "sl.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["SL_CONFIG"] = null;
        info.Environment["SL_DATA"] = null;
        info.Environment["SL_AZURE_LANGUAGE_KEY"] = null;
        // The author key comes from the test's data folder (secrets/author.key), as rotation tests expect.
        info.Environment["SL_AUTHOR_KEY"] = null;
        info.Environment["SL_AUTHOR_KEYS_RETIRED"] = null;
        // The index backend comes from the test's configuration file, never from the developer's environment.
        info.Environment["SL_INDEX_BACKEND"] = null;
        info.Environment["SL_ELASTICSEARCH_URL"] = null;
        return info;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
