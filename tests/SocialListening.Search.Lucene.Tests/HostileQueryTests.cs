using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Tests.Hostile;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>Random and hostile queries get an answer or a clear query error, never another exception.</summary>
public sealed class HostileQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-hostile-q-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Seeded_random_queries_either_run_or_fail_with_a_query_error()
    {
        var ct = TestContext.Current.CancellationToken;
        using var index = new LuceneMentionIndex(_folder);
        await index.WriteAsync([new Mention { Id = "1", Source = "import", Text = HostileInput.Huge(5_000), PublishedAt = DateTimeOffset.UnixEpoch }], null, ct);
        var random = HostileInput.Random();
        var failures = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var query = HostileInput.Text(random, 80);
            try
            {
                await index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }) { Limit = 5 }, ct);
                await index.AggregateAsync(new AggregationRequest(new MentionFilter { Query = query }, MentionFields.Brand), ct);
            }
            catch (Exception e) when (e is QuerySyntaxException or QueryLimitException)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
            catch (Exception e)
            {
                failures.Add($"{HostileInput.Printable(query)} -> {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("\u202Elivraison\u202C")]
    [InlineData("👩‍👩‍👧‍👦 AND retard")]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("brand:\uD800")]
    [InlineData("published_at:[\u0000 TO *]")]
    [InlineData("likes:[1e400 TO *]")]
    [InlineData("rating:[99999999999999999999 TO *]")]
    [InlineData("\"unclosed")]
    [InlineData("a~99999")]
    [InlineData("a~0.00001")]
    [InlineData("a^99999999999999999999")]
    [InlineData("\"a b\"~99999999999")]
    [InlineData("/.*/")]
    [InlineData("livr*^-1")]
    public async Task Known_hostile_queries_are_answered_or_refused_clearly(string query)
    {
        using var index = new LuceneMentionIndex(_folder);
        await index.WriteAsync([new Mention { Id = "1", Source = "import", Text = "livraison", PublishedAt = DateTimeOffset.UnixEpoch }], null, TestContext.Current.CancellationToken);

        var error = await Record.ExceptionAsync(() => index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }), TestContext.Current.CancellationToken));

        Assert.True(error is null or QuerySyntaxException or QueryLimitException, $"{error?.GetType().Name}: {error?.Message}");
    }
}
