using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Search.Elasticsearch.Tests.Support;
using SocialListening.Tests.Hostile;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>The Elasticsearch backend applies the same query limits, before sending what it can and at the cluster for time.</summary>
public sealed class QueryLimitTests
{
    private static QueryLimitException Fails(string query, QueryLimits limits) =>
        Assert.Throws<QueryLimitException>(() => QueryDsl.Build(new MentionFilter { Query = query }, limits));

    [Fact]
    public void Length_depth_and_clause_limits_fail_before_any_request()
    {
        Assert.Equal("max_length", Fails(new string('a', 5000), QueryLimits.Default).Limit);
        Assert.Equal("max_depth", Fails(new string('(', 40) + "a" + new string(')', 40), QueryLimits.Default).Limit);
        Assert.Equal("max_clauses", Fails("a OR b OR c OR d", new QueryLimits { MaxClauses = 3 }).Limit);
        Assert.Equal("max_clauses", Fails(string.Join(" OR ", Enumerable.Range(0, 1500).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))), new QueryLimits { MaxLength = 100_000 }).Limit);
    }

    [Fact]
    public void Wildcards_expand_to_at_most_max_expansions_terms()
    {
        var dsl = QueryDsl.Build(new MentionFilter { Query = "brand:mand*" }, new QueryLimits { MaxExpansions = 50 }).ToJsonString();

        Assert.Contains("\"rewrite\":\"top_terms_50\"", dsl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_time_limit_is_sent_to_the_cluster_and_a_timed_out_answer_fails()
    {
        var handler = new RecordingHandler(_ => (HttpStatusCode.OK, """{"timed_out": true, "hits": {"total": {"value": 3}, "hits": []}}"""));
        var options = CannedCluster.Options() with { QueryLimits = new QueryLimits { Timeout = TimeSpan.FromMilliseconds(1500) } };
        using var index = new ElasticsearchMentionIndex(options, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<QueryLimitException>(() => index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Brand), CancellationToken.None));

        Assert.Equal("timeout", error.Limit);
        Assert.Equal("1500ms", JsonNode.Parse(handler.Requests[^1].Body!)!["timeout"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cluster_that_does_not_answer_in_time_fails_with_the_time_limit()
    {
        using var handler = new StallingHandler();
        var options = CannedCluster.Options() with { QueryLimits = new QueryLimits { Timeout = TimeSpan.FromMilliseconds(10) } };
        using var index = new ElasticsearchMentionIndex(options, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<QueryLimitException>(() => index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Brand), TestContext.Current.CancellationToken));

        Assert.Equal("timeout", error.Limit);
    }

    [Theory]
    [InlineData("_id:1")]
    [InlineData("_index:sl-checkpoints")]
    [InlineData("_source:x")]
    [InlineData("name:import")]
    [InlineData("value:1")]
    [InlineData("key:x")]
    [InlineData("brands.keyword:x")]
    [InlineData("author_hash:abc")]
    [InlineData("*:x")]
    [InlineData("_id:[a TO z]")]
    public void The_query_language_reaches_no_internal_field(string query)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryDsl.Build(new MentionFilter { Query = query }));

        Assert.Contains("Unknown field", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_id")]
    [InlineData("_source")]
    [InlineData("_index")]
    [InlineData("name")]
    [InlineData("text_fr")]
    public void Filters_and_groupings_reach_no_internal_field(string field)
    {
        Assert.Throws<QuerySyntaxException>(() => QueryDsl.Build(MentionFilter.All.WithTerm(field, "x")));
        Assert.Throws<QuerySyntaxException>(() => Aggregations.Body(new AggregationRequest(MentionFilter.All, field)));
    }

    [Fact]
    public void Seeded_random_queries_translate_or_fail_with_a_query_error()
    {
        var random = HostileInput.Random(1);
        var failures = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var query = HostileInput.Text(random, 80);
            try
            {
                QueryDsl.Build(new MentionFilter { Query = query }).ToJsonString();
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

    private sealed class StallingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
