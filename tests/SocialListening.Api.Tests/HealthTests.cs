using System.Net;
using System.Text.Json;
using Quartz;
using SocialListening.Api.Security;
using SocialListening.Core.Mentions;
using SocialListening.Search.Lucene;

namespace SocialListening.Api.Tests;

/// <summary>/health names the part that is down, on an API of its own whose parts the test breaks.</summary>
public sealed class HealthTests : IAsyncDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("sl-health-").FullName;
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    private async Task<(HttpStatusCode Status, JsonElement Report)> HealthAsync(ApiOptions options, Action? breakBeforeStart = null,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        using (var index = new LuceneMentionIndex(Path.Combine(_data, "index")))
        {
            await index.WriteAsync([new Mention { Id = "1", Source = "test", Text = "Mandarine", PublishedAt = DateTimeOffset.UnixEpoch }], null, CancellationToken.None);
        }
        var key = new ApiKeyStore(Path.Combine(_data, "state.db"), TimeProvider.System).Add(ApiRole.Viewer, "health").Key;
        breakBeforeStart?.Invoke();
        options.DataDirectory = _data;
        Uri address;
        _app = ApiHost.Create(options, "http://127.0.0.1:0", Microsoft.Extensions.Logging.LogLevel.Warning, configure);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        address = new Uri(_app.Urls.First());
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone());
    }

    private static string[] Down(JsonElement report) => [.. report.GetProperty("down").EnumerateArray().Select(d => d.GetString()!)];

    [Fact]
    public async Task A_sound_service_is_healthy_in_every_part()
    {
        var (status, report) = await HealthAsync(new ApiOptions());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Empty(Down(report));
        Assert.Equal("healthy", report.GetProperty("state_database").GetProperty("status").GetString());
        Assert.Contains(_data, report.GetProperty("disk").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, report.GetProperty("mentions").GetInt64());
    }

    [Fact]
    public async Task A_damaged_index_is_named_and_the_service_answers_503()
    {
        // The commit point the index would open, overwritten: what a torn copy or a bad disk leaves behind.
        var (status, report) = await HealthAsync(new ApiOptions(), () =>
            File.WriteAllBytes(Directory.GetFiles(Path.Combine(_data, "index"), "segments_*").Single(), new byte[64]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(["index"], Down(report));
        Assert.Contains("cannot be read", report.GetProperty("index").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", report.GetProperty("state_database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_disk_below_the_free_space_minimum_is_named_with_the_folder()
    {
        var (status, report) = await HealthAsync(new ApiOptions { MinFreeDiskBytes = long.MaxValue });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(["disk"], Down(report));
        var detail = report.GetProperty("disk").GetProperty("detail").GetString();
        Assert.Contains(_data, detail, StringComparison.Ordinal);
        Assert.Contains("below the minimum", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduler_that_is_not_running_is_named()
    {
        // The crawl scheduler registered as under `sl run`, but never started: no source would be crawled.
        var (status, report) = await HealthAsync(new ApiOptions(), configure: builder => builder.AddQuartz(q => q.UseInMemoryStore()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(["scheduler"], Down(report));
        Assert.Contains("not running", report.GetProperty("scheduler").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Directory.Delete(_data, recursive: true);
    }
}
