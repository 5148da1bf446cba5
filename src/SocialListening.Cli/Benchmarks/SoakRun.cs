using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SocialListening.Api.Security;

namespace SocialListening.Cli.Benchmarks;

public sealed record SoakOptions(TimeSpan Duration, int Queriers, TimeSpan DropEvery, int DropSize, int SeedCount, string WorkFolder);

public sealed record RssSample(double Seconds, double Mib);

public sealed record SoakResult(
    double Seconds, int Queriers, long Queries, long QueryErrors, double QueriesPerSecond, Latency Latency,
    IReadOnlyList<Latency> PerQuery, long MentionsWritten, long MentionsIndexed, double CatchUpSeconds,
    IReadOnlyList<RssSample> Rss, string Machine);

/// <summary>
/// A bounded soak of the real service: `sl run` as a child process (scheduler, watched-folder ingest and API, as in
/// production) on loopback, with concurrent queries through the API while drops of new mentions keep arriving. The
/// child's resident memory is sampled every second; every query's latency is kept; at the end the index must hold
/// every mention written (nothing lost under load).
/// </summary>
public sealed class SoakRun(SoakOptions options, string demoBundle, Action<string> log)
{
    private static readonly (string Name, string Path)[] Queries =
    [
        ("search", "/api/search/?q=livraison&limit=20"),
        ("search_boolean", "/api/search/?q=reseau%20OR%20panne%20OR%20facture&limit=20"),
        ("facets", "/api/search/facets"),
        ("histogram", "/api/search/histogram?interval=day"),
        ("territory", "/api/insights/territory/mandarine"),
        ("triage_queue", "/api/triage/queue?limit=20"),
    ];

    private readonly string _data = Path.Combine(options.WorkFolder, "data");
    private readonly string _drops = Path.Combine(options.WorkFolder, "drops");

    public async Task<SoakResult> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_drops);
        var corpus = SyntheticCorpus.FromSamples(Path.Combine(demoBundle, "mentions.jsonl"));
        var config = WriteConfig();
        Drop(corpus, 0, options.SeedCount);
        var key = new ApiKeyStore(Path.Combine(_data, "state.db"), TimeProvider.System).Add(ApiRole.Analyst, "soak").Key;
        var url = $"http://127.0.0.1:{FreePort()}";
        using var service = StartService(config, url);
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        try
        {
            log($"Service started (pid {service.Id}) on {url}; waiting for the seed corpus of {options.SeedCount} mentions.");
            await WaitForAsync(client, service, options.SeedCount, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
            log($"Seeded; soaking for {options.Duration.TotalSeconds:F0} s with {options.Queriers} queriers and {options.DropSize} new mentions every {options.DropEvery.TotalSeconds:F0} s.");
            return await LoadAsync(corpus, client, service, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!service.HasExited)
            {
                service.Kill(entireProcessTree: true);
                await service.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<SoakResult> LoadAsync(SyntheticCorpus corpus, HttpClient client, Process service, CancellationToken cancellationToken)
    {
        var samples = new ConcurrentBag<(int Query, double Ms, bool Ok)>();
        var rss = new ConcurrentQueue<RssSample>();
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        long written = options.SeedCount;

        async Task Query(int querier)
        {
            for (var i = querier; !stop.IsCancellationRequested; i++)
            {
                var query = i % Queries.Length;
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    using var response = await client.GetAsync(Queries[query].Path, HttpCompletionOption.ResponseContentRead, CancellationToken.None).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false;
                }
                samples.Add((query, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
            }
        }

        async Task Ingest()
        {
            for (var drop = 1; !stop.IsCancellationRequested; drop++)
            {
                Drop(corpus, options.SeedCount + (drop - 1) * options.DropSize, options.DropSize);
                Interlocked.Add(ref written, options.DropSize);
                await Delay(options.DropEvery, stop.Token).ConfigureAwait(false);
            }
        }

        async Task Sample()
        {
            while (!stop.IsCancellationRequested)
            {
                rss.Enqueue(new RssSample(clock.Elapsed.TotalSeconds, ResidentMib(service)));
                await Delay(TimeSpan.FromSeconds(1), stop.Token).ConfigureAwait(false);
            }
        }

        await Task.WhenAll([.. Enumerable.Range(0, options.Queriers).Select(q => Task.Run(() => Query(q), CancellationToken.None)), Ingest(), Sample()]).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var catchUp = Stopwatch.StartNew();
        var indexed = await WaitForAsync(client, service, Interlocked.Read(ref written), TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        rss.Enqueue(new RssSample(clock.Elapsed.TotalSeconds, ResidentMib(service)));

        var all = samples.ToArray();
        var perQuery = Queries.Select((q, i) => (q, Ms: all.Where(s => s.Query == i).Select(s => s.Ms).ToArray()))
            .Where(x => x.Ms.Length > 0)
            .Select(x => Latency.FromSamples(x.q.Name, x.q.Path, x.Ms)).ToList();
        return new SoakResult(seconds, options.Queriers, all.Length, all.Count(s => !s.Ok), all.Length / seconds,
            Latency.FromSamples("all", "every query", [.. all.Select(s => s.Ms)]), perQuery,
            Interlocked.Read(ref written), indexed, catchUp.Elapsed.TotalSeconds, [.. rss],
            $"{Environment.ProcessorCount} cores, load average {MachineFacts.LoadAverage()}");
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The soak's end.
        }
    }

    // Written under another name, then renamed: the watched folder never sees half a file.
    private void Drop(SyntheticCorpus corpus, int first, int count)
    {
        var name = $"drop-{first.ToString("D9", CultureInfo.InvariantCulture)}";
        var temporary = Path.Combine(_drops, name + ".part");
        corpus.Write(temporary, count, 1000 + first, 0, first);
        File.Move(temporary, Path.Combine(_drops, name + ".jsonl"));
    }

    private string WriteConfig()
    {
        var path = Path.Combine(options.WorkFolder, "sl.yaml");
        var brands = File.ReadAllText(Path.Combine(demoBundle, "brands.yaml"));
        File.WriteAllText(path, brands + $"""

            data: ./data
            crawler:
              contact_url: https://example.org/soak
            sources:
              - name: drops
                kind: folder
                schedule: "0/2 * * * * ?"
                params: {"{"} path: "{_drops}", batch_size: "500" {"}"}

            """);
        return path;
    }

    private static Process StartService(string config, string url)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SoakRun).Assembly.Location);
        }
        foreach (var arg in new[] { "run", "--config", config, "--urls", url })
        {
            info.ArgumentList.Add(arg);
        }
        // The soak measures the service, not the per-key rate limiter.
        info.Environment["Api__RateLimitPermits"] = "1000000";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<long> WaitForAsync(HttpClient client, Process service, long expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long total = -1;
        while (clock.Elapsed < timeout && !service.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/api/search/?limit=0", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    total = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).RootElement.GetProperty("total").GetInt64();
                    if (total >= expected)
                    {
                        return total;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
        if (service.HasExited)
        {
            throw new Hosting.CliException($"The service exited (code {service.ExitCode}) during the soak.", 1);
        }
        return total;
    }

    private static double ResidentMib(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64 / (1024.0 * 1024);
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
