using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch.Tests;

public sealed class QueryTranslationTests
{
    private static string Dsl(string query) => QueryDsl.Build(new MentionFilter { Query = query }).ToJsonString();

    [Theory]
    [InlineData("*:*", """{"match_all":{}}""")]
    [InlineData("", """{"match_all":{}}""")]
    [InlineData("brand:Mandarine", """{"term":{"brands":"mandarine"}}""")]
    [InlineData("themes:Réseau", """{"term":{"themes":"reseau"}}""")]
    [InlineData("SOURCE:Mastodon", """{"term":{"source":"mastodon"}}""")]
    [InlineData("complaint:true", """{"term":{"complaint":"true"}}""")]
    [InlineData("likes:12", """{"range":{"likes":{"gte":12,"lte":12}}}""")]
    [InlineData("risk:[* TO 0.25}", """{"range":{"risk":{"lt":0.25}}}""")]
    [InlineData("likes:[* TO *]", """{"exists":{"field":"likes"}}""")]
    [InlineData("published_at:2026-11-18", """{"range":{"published_at":{"gte":1794960000000,"lt":1795046400000,"format":"epoch_millis"}}}""")]
    [InlineData("published_at:{2026-11-18 TO *]", """{"range":{"published_at":{"gte":1795046400000,"format":"epoch_millis"}}}""")]
    [InlineData("title:panne", """{"multi_match":{"query":"panne","fields":["text_fr","text_en"],"type":"phrase","zero_terms_query":"all"}}""")]
    [InlineData("brand:mand*", """{"prefix":{"brands":{"value":"mand","rewrite":"top_terms_1024"}}}""")]
    [InlineData("NOT source:reddit", """{"bool":{"must":[{"match_all":{}}],"must_not":[{"term":{"source":"reddit"}}]}}""")]
    [InlineData("panne OR coupure", """{"bool":{"should":[{"multi_match":{"query":"panne","fields":["text_fr","text_en"],"type":"phrase","zero_terms_query":"all"}},{"multi_match":{"query":"coupure","fields":["text_fr","text_en"],"type":"phrase","zero_terms_query":"all"}}]}}""")]
    public void Queries_translate_to_the_expected_dsl(string query, string expected)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(Dsl(query))), Dsl(query));
    }

    [Theory]
    [InlineData("livraison AND", "ends too early")]
    [InlineData("(réseau OR livraison", "")]
    [InlineData("\"service client", "Unclosed quote")]
    [InlineData("nosuchfield:x", "Unknown field 'nosuchfield'")]
    [InlineData("_source:x", "Unknown field '_source'")]
    [InlineData("key:x", "Unknown field 'key'")]
    [InlineData("published_at:[yesterday TO *]", "is not an ISO date")]
    [InlineData("likes:[many TO *]", "not a whole number")]
    [InlineData("*seau", "cannot start a word")]
    [InlineData("likes:1*", "not on numbers or dates")]
    [InlineData("/r.seau/", "Regular expressions")]
    public void Bad_queries_fail_before_any_request_with_a_message(string query, string fragment)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Dsl(query));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_on_unknown_fields_fail_like_the_lucene_backend()
    {
        var filter = MentionFilter.All.WithTerm("likes", "3");
        Assert.Throws<QuerySyntaxException>(() => QueryDsl.Build(filter));
        Assert.Throws<QuerySyntaxException>(() => Aggregations.Body(new AggregationRequest(MentionFilter.All, MentionFields.Text)));
    }

    [Fact]
    public void A_cursor_that_is_not_one_fails_as_a_query_error()
    {
        Assert.Throws<QuerySyntaxException>(() => EsCursor.Decode("not-a-cursor"));
        Assert.Throws<QuerySyntaxException>(() => EsCursor.Decode(Convert.ToBase64String("{\"after\":[1]}"u8.ToArray())));
        var cursor = new EsCursor(null, new JsonArray(1L, "k")).Encode();
        Assert.Null(EsCursor.Decode(cursor).PointInTime);
    }
}
