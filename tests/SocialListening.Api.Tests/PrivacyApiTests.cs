using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialListening.Api.Security;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Triage;
using SocialListening.Search.Lucene;

namespace SocialListening.Api.Tests;

/// <summary>Erasure and export of an author over the API, admin only, on an own server and data folder.</summary>
public sealed class PrivacyApiTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-api-privacy-").FullName;
    private WebApplication _app = null!;
    private HttpClient _admin = null!;
    private HttpClient _manager = null!;

    public async ValueTask InitializeAsync()
    {
        // Pseudonymised with the data folder's key, as an import into this folder would.
        var pseudonymiser = new AuthorPseudonymiser(AuthorKeyStore.Load(_folder));
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        using (var index = new LuceneMentionIndex(Path.Combine(_folder, "index")))
        {
            await index.WriteAsync([
                new Mention { Id = "p1", Source = "mastodon", Text = "Mandarine en panne", PublishedAt = at, Author = pseudonymiser.Pseudonymise("@Lea_M") },
                new Mention { Id = "p2", Source = "reddit", Text = "Toujours en panne", PublishedAt = at, Author = pseudonymiser.Pseudonymise("lea_m") },
                new Mention { Id = "p3", Source = "mastodon", Text = "Vireo au top", PublishedAt = at, Author = pseudonymiser.Pseudonymise("@other") },
            ], null, CancellationToken.None);
        }
        var state = Path.Combine(_folder, "state.db");
        new TriageStore(state, TimeProvider.System).Record(new MentionKey("mastodon", "p1"), TriageAction.Acknowledge, null, null, "alice");
        var keys = new ApiKeyStore(state, TimeProvider.System);
        (_app, var baseAddress) = await ApiFixture.StartAsync(new ApiOptions { DataDirectory = _folder });
        _admin = Client(baseAddress, keys.Add(ApiRole.Admin, "dpo").Key);
        _manager = Client(baseAddress, keys.Add(ApiRole.CommunityManager, "cm").Key);
    }

    private static HttpClient Client(Uri baseAddress, string key)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task An_admin_exports_then_erases_an_author_and_the_audit_names_the_key_but_not_the_handle()
    {
        var (status, export) = await PostAsync(_admin, "/api/authors/export", new { handle = "@lea_m" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["p1", "p2"], export.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("acknowledged", export.GetProperty("triage")[0].GetProperty("actions")[0].GetProperty("status").GetString());

        var (forgot, erased) = await PostAsync(_admin, "/api/authors/forget", new { handle = "@lea_m" });
        Assert.Equal(HttpStatusCode.OK, forgot);
        Assert.Equal((2, 1), (erased.GetProperty("mentions").GetInt32(), erased.GetProperty("triage").GetInt32()));
        Assert.True(erased.GetProperty("audit_entry").GetInt64() > 0);

        var (_, after) = await PostAsync(_admin, "/api/authors/export", new { handle = "LEA_M" });
        Assert.Empty(after.GetProperty("mentions").EnumerateArray());
        var audit = after.GetProperty("audit").EnumerateArray().ToArray();
        Assert.Equal(["export", "forget"], audit.Select(a => a.GetProperty("action").GetString()));
        Assert.All(audit, a => Assert.StartsWith("dpo (API key ", a.GetProperty("by").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain("lea", after.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var search = await _admin.OkJsonAsync("/api/search?limit=10&q=*:*");
        Assert.Equal("p3", Assert.Single(search.GetProperty("hits").EnumerateArray().ToArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Erasure_and_export_are_refused_below_admin_and_without_a_handle()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(_manager, "/api/authors/forget", new { handle = "@other" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(_manager, "/api/authors/export", new { handle = "@other" })).Status);

        var (status, problem) = await PostAsync(_admin, "/api/authors/forget", new { handle = "@" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("handle", out _), problem.GetRawText());
    }

    [Fact]
    public void The_role_test_sees_both_privacy_endpoints_as_admin_only()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/authors", StringComparison.Ordinal) == true)
            .Select(e => (e.RoutePattern.RawText, Policy: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null)))
            .OrderBy(e => e.RawText, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal([("/api/authors/export", "admin"), ("/api/authors/forget", "admin")], endpoints);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        _manager.Dispose();
        await ApiFixture.StopAsync(_app, _folder);
    }
}
