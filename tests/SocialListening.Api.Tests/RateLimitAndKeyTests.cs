using System.Net;
using Microsoft.Data.Sqlite;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

public sealed class RateLimitAndKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-api-limit-").FullName;

    private string StatePath => Path.Combine(_folder, "state.db");

    [Fact]
    public async Task Each_key_has_its_own_budget_and_the_excess_gets_429_with_Retry_After()
    {
        var store = new ApiKeyStore(StatePath, TimeProvider.System);
        var (noisy, _) = store.Add(ApiRole.Viewer, "noisy");
        var (quiet, _) = store.Add(ApiRole.Viewer, "quiet");
        var (app, baseAddress) = await ApiFixture.StartAsync(new Api.ApiOptions { DataDirectory = _folder, RateLimitPermits = 3, RateLimitWindowSeconds = 60 });
        await using var _ = app;
        using var noisyClient = new HttpClient { BaseAddress = baseAddress };
        noisyClient.DefaultRequestHeaders.Add("X-Api-Key", noisy);
        using var quietClient = new HttpClient { BaseAddress = baseAddress };
        quietClient.DefaultRequestHeaders.Add("X-Api-Key", quiet);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await noisyClient.GetJsonAsync("/api/search")).Status);
        }
        var (status, body, response) = await noisyClient.GetJsonAsync("/api/search");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("Rate limit exceeded", body.GetProperty("title").GetString());
        Assert.True(response.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await quietClient.GetJsonAsync("/api/search")).Status);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Keys_are_stored_as_hashes_and_verified_by_prefix()
    {
        var store = new ApiKeyStore(StatePath, TimeProvider.System);
        var (key, info) = store.Add(ApiRole.CommunityManager, "camille");

        Assert.Matches("^sl_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(info.Prefix, key[3..11]);
        Assert.Equal(ApiRole.CommunityManager, store.Verify(key)?.Role);
        Assert.Null(store.Verify(key[..^1] + (key[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(store.Verify("sl_" + info.Prefix));
        Assert.Null(store.Verify("nonsense"));

        using var connection = new SqliteConnection($"Data Source={StatePath}");
        connection.Open();
        using var dump = connection.CreateCommand();
        dump.CommandText = "SELECT hash FROM api_keys WHERE prefix = $p";
        dump.Parameters.AddWithValue("$p", info.Prefix);
        var stored = (byte[])dump.ExecuteScalar()!;
        Assert.Equal(32, stored.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), stored);
        Assert.DoesNotContain(key, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(StatePath)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", ApiRole.Viewer)]
    [InlineData("Community_Manager", ApiRole.CommunityManager)]
    [InlineData(" admin ", ApiRole.Admin)]
    public void Roles_parse_by_their_names(string text, ApiRole expected)
    {
        Assert.True(ApiRoles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
