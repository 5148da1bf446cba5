using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>Aggregation answers (as Elasticsearch documents them) read into the groups the Lucene backend returns.</summary>
public sealed class AggregationReadingTests
{
    [Fact]
    public void Terms_buckets_and_sub_buckets_become_groups_largest_first()
    {
        var answer = JsonNode.Parse("""
            {"hits": {"total": {"value": 5, "relation": "eq"}, "hits": []},
             "aggregations": {"groups": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [
               {"key": "network", "doc_count": 2, "then": {"buckets": [{"key": "vireo", "doc_count": 1}, {"key": "mandarine", "doc_count": 2}]}},
               {"key": "customer-service", "doc_count": 2, "then": {"buckets": [{"key": "kalix", "doc_count": 1}]}},
               {"key": "after-sales", "doc_count": 3, "then": {"buckets": []}}]}}}
            """);
        var request = new AggregationRequest(MentionFilter.All, MentionFields.Theme) { ThenBy = MentionFields.Brand, Size = 2 };

        var result = Aggregations.Read(request, answer);

        Assert.Equal(5, result.Total);
        Assert.Equal(new[] { ("after-sales", 3L), ("customer-service", 2L) }, result.Buckets.Select(b => (b.Key, b.Count)));
        var all = Aggregations.Read(request with { Size = 10 }, answer);
        Assert.Equal(new[] { ("mandarine", 2L), ("vireo", 1L) }, all.Buckets.Single(b => b.Key == "network").Children.Select(c => (c.Key, c.Count)));
    }

    [Theory]
    [InlineData(DateInterval.Day, "+01:00", 1793574000000L, "2026-11-02")]
    [InlineData(DateInterval.Week, "+01:00", 1793574000000L, "2026-11-02")]
    [InlineData(DateInterval.Hour, "+01:00", 1793606400000L, "2026-11-02T09:00+01:00")]
    [InlineData(DateInterval.Hour, "+00:00", 1793606400000L, "2026-11-02T08:00+00:00")]
    public void Date_buckets_are_keyed_by_their_start_in_the_offset(DateInterval interval, string offset, long key, string expected)
    {
        var answer = JsonNode.Parse("""
            {"hits": {"total": {"value": 2, "relation": "eq"}, "hits": []},
             "aggregations": {"groups": {"buckets": [{"key_as_string": "ignored", "key": KEY, "doc_count": 2}]}}}
            """.Replace("KEY", key.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var request = new AggregationRequest(MentionFilter.All, MentionFields.PublishedAt) { Interval = interval, TimeZoneOffset = TimeSpan.Parse(offset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture) };

        var bucket = Assert.Single(Aggregations.Read(request, answer).Buckets);

        Assert.Equal((expected, 2L), (bucket.Key, bucket.Count));
    }

    [Theory]
    [InlineData(0, 0, "+00:00")]
    [InlineData(1, 0, "+01:00")]
    [InlineData(-5, -30, "-05:30")]
    public void Offsets_are_written_as_elasticsearch_zones(int hours, int minutes, string expected) =>
        Assert.Equal(expected, Aggregations.Offset(new TimeSpan(hours, minutes, 0)));

    [Fact]
    public void A_missing_index_reads_as_no_groups()
    {
        var result = Aggregations.Read(new AggregationRequest(MentionFilter.All, MentionFields.Brand), null);
        Assert.Equal((0L, 0), (result.Total, result.Buckets.Count));
    }
}
