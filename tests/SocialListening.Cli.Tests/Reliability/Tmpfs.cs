using System.Diagnostics;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// A small tmpfs mounted for one test: a disk that really fills up and a file system that really turns read-only,
/// so the product meets ENOSPC and EROFS from the kernel, not a simulation. Needs root and the mount capability;
/// elsewhere the test is skipped with the reason, unless SL_REQUIRE_SYSTEM_TESTS=1, where it fails (.ci/run sets
/// SL_TMPFS_UNAVAILABLE after probing a machine that cannot mount at all, and the tests then skip with that reason).
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static Tmpfs Mount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        var reason = !Environment.IsPrivilegedProcess
            ? "mounting a tmpfs needs root"
            : Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0755", "tmpfs", path);
        if (reason is not null)
        {
            // .ci/run probes the machine first and sets SL_TMPFS_UNAVAILABLE when no mount is possible at all.
            if (Environment.GetEnvironmentVariable("SL_TMPFS_UNAVAILABLE") is { Length: > 0 } unavailable)
            {
                Assert.Skip("Skipped: the disk fault tests need a tmpfs mount: " + unavailable);
            }
            if (Environment.GetEnvironmentVariable("SL_REQUIRE_SYSTEM_TESTS") == "1")
            {
                Assert.Fail("SL_REQUIRE_SYSTEM_TESTS=1 but the disk fault tests cannot mount a tmpfs: " + reason);
            }
            Assert.Skip("Skipped: the disk fault tests need a tmpfs mount: " + reason);
        }
        return new Tmpfs(path);
    }

    public void Remount(string options) => Assert.Null(Run("mount", "-o", "remount," + options, Path));

    public void Dispose() => Run("umount", "-l", Path);

    private static string? Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} {string.Join(' ', args)}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{command}: {e.Message}";
        }
    }
}
