using System.Net;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Search.Elasticsearch.Tests.Support;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>
/// Every request the backend sends, over a whole session (first write, searches with a point in time and its
/// expiry, aggregations, erasure, checkpoints), conforms to Elasticsearch's REST spec files: a path template of
/// the API, one of its methods, only its query parameters, a body only where it takes one, its content type.
/// </summary>
public sealed class RequestSpecTests
{
    private static RestSpec Spec()
    {
        var folder = RepositoryFiles.RestSpecFolder(out var reason);
        if (folder is null)
        {
            Assert.Skip("Skipped: " + reason + ".");
        }
        return RestSpec.Load(folder);
    }

    [Fact]
    public async Task Every_request_of_a_whole_session_conforms_to_the_REST_spec()
    {
        var spec = Spec();
        var cluster = new CannedCluster();
        using (var index = cluster.Index())
        {
            await RunSessionAsync(cluster, index);
        }

        var apis = new HashSet<string>();
        var problems = new List<string>();
        foreach (var request in cluster.Handler.Requests)
        {
            if (spec.Check(request, out var problem) is { } api)
            {
                apis.Add(api);
            }
            else
            {
                problems.Add(problem);
            }
        }

        Assert.Empty(problems);
        Assert.Superset(new HashSet<string>
        {
            "indices.put_index_template", "indices.exists", "indices.create", "bulk", "indices.refresh",
            "open_point_in_time", "search", "close_point_in_time", "delete_by_query",
        }, apis);
    }

    [Fact]
    public async Task Every_request_carries_the_configured_api_key()
    {
        var cluster = new CannedCluster();
        using (var index = cluster.Index())
        {
            await RunSessionAsync(cluster, index);
        }
        Assert.All(cluster.Handler.Requests, r => Assert.Equal("ApiKey " + CannedCluster.Options().ApiKey, r.Authorization));
    }

    [Theory]
    [InlineData("GET", "/sl-mentions/_bulk", null, "bulk: /{index}/_bulk does not take GET")]
    [InlineData("POST", "/sl-mentions/_search?scroll_size=10", "{}", "unknown query parameter 'scroll_size'")]
    [InlineData("HEAD", "/sl-mentions/_nothing", null, "no API has a path template")]
    [InlineData("DELETE", "/_pit", null, "requires a body")]
    [InlineData("HEAD", "/sl-mentions", "{}", "takes no body")]
    public void The_spec_check_rejects_requests_that_break_it(string method, string pathAndQuery, string? body, string expected)
    {
        var spec = Spec();
        var request = new RecordedRequest(new HttpMethod(method), new Uri("http://es.test:9200" + pathAndQuery), body, body is null ? null : "application/json", null);

        Assert.Null(spec.Check(request, out var problems));
        Assert.Contains(expected, problems, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_folder_holds_the_apis_the_backend_uses()
    {
        var spec = Spec();
        Assert.Contains("bulk", spec.Names);
        Assert.Contains("open_point_in_time", spec.Names);
        Assert.Contains("delete_by_query", spec.Names);
    }

    private static async Task RunSessionAsync(CannedCluster cluster, ElasticsearchMentionIndex index)
    {
        var ct = CancellationToken.None;
        // First write: template, indexes and alias created, mentions then checkpoints, one refresh.
        await index.WriteAsync([Samples.Mention("1", "Panne réseau", 0, "import", "mandarine"), Samples.Mention("2", "Livraison", 1)],
            r => new Dictionary<string, string?> { ["import:file"] = "offset=10", ["cursor:old"] = null }, ct);
        cluster.IndexesExist = true;

        // Two pages through a point in time, then its expiry mid-way.
        cluster.SearchAnswer = Samples.SearchAnswer(3, "46ToAwMDaWR5BXV1aWQy", Samples.Mention("2", "b", 1), Samples.Mention("1", "a", 0));
        var first = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "panne OR livraison" }) { Limit = 2 }, ct);
        cluster.SearchAnswer = Samples.SearchAnswer(3, "46ToAwMDaWR5BXV1aWQy", Samples.Mention("0", "c", -1));
        await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "panne OR livraison" }) { Limit = 2, Cursor = first.NextCursor }, ct);
        cluster.PitSearchStatus = HttpStatusCode.NotFound;
        await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 2, Cursor = first.NextCursor }, ct);
        await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, ct);

        await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Theme) { ThenBy = MentionFields.Brand }, ct);
        await index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.PublishedAt) { Interval = DateInterval.Hour }, ct);
        await index.DeleteAsync(new MentionFilter { Query = "source:mastodon" }, ct);
        await index.GetCheckpointsAsync(ct);
    }
}
