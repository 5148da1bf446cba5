using System.Net;
using System.Text;
using SocialListening.Core.Index;
using SocialListening.Search.Elasticsearch.Tests.Support;

namespace SocialListening.Search.Elasticsearch.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task A_refused_request_fails_with_the_status_and_the_root_cause_and_is_not_retried()
    {
        var handler = new RecordingHandler(_ => (HttpStatusCode.Unauthorized,
            """{"error": {"root_cause": [{"type": "security_exception", "reason": "unable to authenticate with provided credentials"}], "type": "security_exception", "reason": "unable to authenticate"}, "status": 401}"""));
        using var index = new ElasticsearchMentionIndex(CannedCluster.Options(), new HttpClient(handler));

        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => index.SearchAsync(new SearchRequest(MentionFilter.All), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("401 security_exception: unable to authenticate with provided credentials", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_busy_cluster_is_asked_again_until_it_answers()
    {
        var calls = 0;
        var handler = new RecordingHandler(_ => ++calls < 3
            ? (HttpStatusCode.ServiceUnavailable, """{"error": {"type": "cluster_block_exception", "reason": "blocked"}, "status": 503}""")
            : (HttpStatusCode.OK, CannedCluster.Empty));
        using var index = new ElasticsearchMentionIndex(CannedCluster.Options(), new HttpClient(handler));

        var page = await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, CancellationToken.None);

        Assert.Equal(0, page.Total);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Theory]
    [InlineData(0, 500)]
    [InlineData(1, 1000)]
    [InlineData(3, 4000)]
    [InlineData(10, 30000)]
    public void Back_off_doubles_from_the_first_delay_up_to_thirty_seconds(int attempt, int expectedMs)
    {
        var options = CannedCluster.Options() with { InitialBackoff = TimeSpan.FromMilliseconds(500) };
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.Delay(options, attempt));
    }

    [Fact]
    public void Basic_authentication_is_used_when_there_is_no_api_key()
    {
        var header = ElasticsearchHttp.Authorization(CannedCluster.Options() with { ApiKey = null, Username = "sl", Password = "pa:ss" });

        Assert.Equal("Basic", header!.Scheme);
        Assert.Equal("sl:pa:ss", Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter!)));
        Assert.Null(ElasticsearchHttp.Authorization(CannedCluster.Options() with { ApiKey = null }));
    }

    [Theory]
    [InlineData("Sl")]
    [InlineData("_sl")]
    [InlineData("sl mentions")]
    [InlineData("")]
    public void Invalid_index_prefixes_are_refused_up_front(string prefix) =>
        Assert.Throws<ArgumentException>(() => new ElasticsearchMentionIndex(CannedCluster.Options() with { IndexPrefix = prefix }, new HttpClient()));

    [Fact]
    public async Task Requests_keep_a_path_prefix_of_the_cluster_url()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        using var index = cluster.Index(CannedCluster.Options() with { Url = new Uri("https://proxy.test/elastic/") });

        await index.DeleteAsync(MentionFilter.All, CancellationToken.None);

        Assert.Equal("/elastic/sl-mentions/_delete_by_query", cluster.Handler.Requests[0].Path);
    }
}
