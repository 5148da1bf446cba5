using SocialListening.Core.Index;

namespace SocialListening.Search.Elasticsearch.Tests;

public sealed class SortTests
{
    [Theory]
    [InlineData(SearchSort.Risk, """[{"risk":{"order":"desc","missing":0}},{"key":{"order":"asc"}}]""")]
    [InlineData(SearchSort.Newest, """[{"published_at":{"order":"desc"}},{"key":{"order":"asc"}}]""")]
    public void Each_sort_orders_by_its_field_then_the_unique_key(SearchSort sort, string expected)
    {
        var json = SearchBody.Sort(sort).ToJsonString();

        Assert.Equal(expected.Replace("\"key\"", "\"" + IndexTemplate.KeyField + "\"", StringComparison.Ordinal), json);
    }
}
