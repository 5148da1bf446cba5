using System.Runtime.InteropServices;

namespace SocialListening.Analysis.Topics;

/// <summary>
/// ML.NET's native LDA prints its progress with printf on the process's standard output, which would corrupt a
/// command's JSON output. On Linux the file descriptor is pointed at /dev/null while it trains; elsewhere, or
/// when libc cannot be reached, nothing changes.
/// </summary>
internal static class NativeStdout
{
    public static T Silenced<T>(Func<T> action)
    {
        if (!OperatingSystem.IsLinux())
        {
            return action();
        }
        int saved;
        try
        {
            Fflush(IntPtr.Zero);
            saved = Dup(1);
            var devNull = Open("/dev/null", 1);
            Dup2(devNull, 1);
            Close(devNull);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return action();
        }
        try
        {
            return action();
        }
        finally
        {
            Fflush(IntPtr.Zero);
            Dup2(saved, 1);
            Close(saved);
        }
    }

    [DllImport("libc.so.6", EntryPoint = "dup")]
    private static extern int Dup(int fd);

    [DllImport("libc.so.6", EntryPoint = "dup2")]
    private static extern int Dup2(int fd, int fd2);

    [DllImport("libc.so.6", EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc.so.6", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Open(string path, int flags);

    [DllImport("libc.so.6", EntryPoint = "fflush")]
    private static extern int Fflush(IntPtr stream);
}
