using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// A long-running `sl` (run, serve, demo) started as a child process: waits for its ready line, keeps its output
/// (both streams are drained so that a chatty service never blocks on a full pipe) and is killed with SIGKILL.
/// </summary>
internal sealed class SlService : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SlService(Process process, string readyLine)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _ready.TrySetResult();
                return;
            }
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
            if (e.Data.Contains(readyLine, StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Task<SlService> StartAsync(string folder, string readyLine, params string[] args) =>
        StartAsync(SlProcess.StartInfo(folder, args), readyLine);

    public static async Task<SlService> StartAsync(ProcessStartInfo info, string readyLine)
    {
        var service = new SlService(Process.Start(info)!, readyLine);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await service._ready.Task.WaitAsync(timeout.Token);
        if (service.HasExited || !service.Output.Contains(readyLine, StringComparison.Ordinal))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            var message = $"sl {string.Join(' ', info.ArgumentList.Skip(1))} ended before it was ready: {service.Output}\n{service.Errors}";
            service.Dispose();
            Assert.Fail(message);
        }
        return service;
    }

    /// <summary>kill -9: no shutdown hook, no flush, no finally block runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until the condition holds, failing with the service's output after the timeout.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > timeout || HasExited)
            {
                Assert.Fail($"Timed out after {deadline.Elapsed.TotalSeconds:F0} s waiting for {what} (exited: {HasExited}).\n{Output}\n{Errors}");
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
