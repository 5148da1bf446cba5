using System.Diagnostics;
using System.Globalization;

namespace SocialListening.Cli.Benchmarks;

/// <summary>Wall and CPU time of a piece of work (CPU time is all threads of the process, so it holds up on a busy machine).</summary>
public readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    public static Timing Of(Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return new Timing(clock.Elapsed, process.TotalProcessorTime - cpu);
    }

    public static async Task<Timing> OfAsync(Func<Task> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work().ConfigureAwait(false);
        clock.Stop();
        process.Refresh();
        return new Timing(clock.Elapsed, process.TotalProcessorTime - cpu);
    }

    /// <summary>The pass of median wall time among <paramref name="passes"/> runs of <paramref name="pass"/>.</summary>
    public static Timing Median(int passes, Func<Timing> pass)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var timings = new Timing[passes];
        for (var i = 0; i < passes; i++)
        {
            timings[i] = pass();
        }
        Array.Sort(timings, (a, b) => a.Wall.CompareTo(b.Wall));
        return timings[passes / 2];
    }

    public double PerSecond(long items) => items / Math.Max(Wall.TotalSeconds, 1e-9);

    /// <summary>Items per second of CPU time: what one fully available core would do.</summary>
    public double PerCpuSecond(long items) => items / Math.Max(Cpu.TotalSeconds, 1e-9);

    /// <summary>CPU time over wall time: how many cores the work kept busy on average (at most the machine's cores,
    /// less when threads waited for one another or for a blocking collection).</summary>
    public double CoresBusy => Cpu.TotalSeconds / Math.Max(Wall.TotalSeconds, 1e-9);
}

/// <summary>Latency percentiles of repeated runs of one query.</summary>
public sealed record Latency(string Name, string Description, int Runs, double P50, double P95, double P99, double Max)
{
    public static async Task<Latency> MeasureAsync(string name, string description, int warmup, int runs, Func<int, Task> query)
    {
        for (var i = 0; i < warmup; i++)
        {
            await query(i).ConfigureAwait(false);
        }
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await query(i).ConfigureAwait(false);
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }
        return FromSamples(name, description, samples);
    }

    public static Latency FromSamples(string name, string description, IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new Latency(name, description, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Facts about the machine a run happened on, for the report.</summary>
public static class MachineFacts
{
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    /// <summary>Peak resident set size of this process in MiB (VmHWM on Linux).</summary>
    public static double PeakRssMiB()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
        }
        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
    }

    public static long FolderBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
