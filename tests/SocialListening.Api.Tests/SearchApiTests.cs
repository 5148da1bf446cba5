using System.Net;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

public sealed class SearchApiTests(ApiFixture api)
{
    [Theory]
    [InlineData("panne AND (", "ends too early")]
    [InlineData("brand:", "")]
    [InlineData("published_at:[2026-13-45 TO *]", "is not an ISO date")]
    public async Task A_query_error_is_a_400_ProblemDetails_with_the_message(string query, string expected)
    {
        var (status, body, response) = await api.Client(ApiRole.Viewer).GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query error", body.GetProperty("title").GetString());
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("query").GetString()!, query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort=sideways", "sort")]
    [InlineData("from=yesterday", "from")]
    [InlineData("interval=fortnight", "interval")]
    public async Task A_bad_parameter_is_a_400_naming_it(string parameter, string name)
    {
        var url = name == "interval" ? $"/api/search/histogram?{parameter}" : $"/api/search?{parameter}";
        var (status, body, _) = await api.Client(ApiRole.Viewer).GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(name, out _));
    }

    [Theory]
    [InlineData("/api/search?limit=abc", "limit")]
    [InlineData("/api/search?cursor=garbage", "cursor")]
    [InlineData("/api/triage/spikes?days=abc", "days")]
    public async Task A_parameter_that_does_not_bind_is_a_400_that_says_which(string url, string parameter)
    {
        var (status, body, _) = await api.Client(ApiRole.Viewer).GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(parameter, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_without_overlap_until_the_total()
    {
        var client = api.Client(ApiRole.Viewer);
        var seen = new HashSet<string>();
        string? cursor = null;
        long total = 0;
        do
        {
            var page = await client.OkJsonAsync($"/api/search?q=panne&brand=mandarine&limit=40&cursor={Uri.EscapeDataString(cursor ?? "")}");
            total = page.GetProperty("total").GetInt64();
            foreach (var hit in page.GetProperty("hits").EnumerateArray())
            {
                Assert.True(seen.Add(hit.GetProperty("source").GetString() + "/" + hit.GetProperty("id").GetString()));
                Assert.Contains("mandarine", hit.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
            }
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.True(total > 40, $"the test needs several pages, got {total}");
        Assert.Equal(total, seen.Count);
    }

    [Fact]
    public async Task Oldest_first_sorts_by_publication_date()
    {
        var page = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/search?sort=oldest&limit=50&theme=price");
        var dates = page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("published_at").GetDateTimeOffset()).ToArray();
        Assert.Equal(50, dates.Length);
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public async Task Facets_count_the_filtered_mentions_and_agree_with_searches()
    {
        var client = api.Client(ApiRole.Viewer);
        var facets = await client.OkJsonAsync("/api/search/facets?q=panne");
        var total = facets.GetProperty("total").GetInt64();
        Assert.Equal(await api.CountAsync("panne"), total);

        foreach (var brand in facets.GetProperty("facets").GetProperty("brand").EnumerateArray())
        {
            var key = brand.GetProperty("key").GetString()!;
            var page = await client.OkJsonAsync($"/api/search?q=panne&brand={key}&limit=0");
            Assert.Equal(brand.GetProperty("count").GetInt64(), page.GetProperty("total").GetInt64());
        }
        var languages = facets.GetProperty("facets").GetProperty("lang").EnumerateArray().Sum(l => l.GetProperty("count").GetInt64());
        Assert.Equal(total, languages);
        Assert.Equal("negative", facets.GetProperty("facets").GetProperty("sentiment")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_facet_ignores_its_own_filter_but_applies_the_others()
    {
        var facets = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/search/facets?q=panne&brand=vireo");

        Assert.Equal(await api.CountAsync("panne AND brand:vireo"), facets.GetProperty("total").GetInt64());
        Assert.Equal(3, facets.GetProperty("facets").GetProperty("brand").GetArrayLength());
        var themes = facets.GetProperty("facets").GetProperty("theme").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("count").GetInt64());
        Assert.Equal(await api.CountAsync("panne AND brand:vireo AND theme:network"), themes["network"]);
    }

    [Fact]
    public async Task The_day_histogram_has_every_day_between_the_first_and_the_last_including_empty_ones()
    {
        var histogram = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/search/histogram?q=panne&brand=kalix&interval=day");
        var days = histogram.GetProperty("buckets").EnumerateArray().Select(b => DateOnly.Parse(b.GetProperty("key").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(Enumerable.Range(0, days[^1].DayNumber - days[0].DayNumber + 1).Select(i => days[0].AddDays(i)), days);
        Assert.Contains(histogram.GetProperty("buckets").EnumerateArray(), b => b.GetProperty("count").GetInt64() == 0);
    }

    [Fact]
    public async Task The_histogram_counts_every_matching_mention_once()
    {
        var histogram = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/search/histogram?brand=vireo&interval=week");
        var buckets = histogram.GetProperty("buckets").EnumerateArray().ToArray();

        Assert.Equal("week", histogram.GetProperty("interval").GetString());
        Assert.InRange(buckets.Length, 4, 6);
        Assert.Equal(histogram.GetProperty("total").GetInt64(), buckets.Sum(b => b.GetProperty("count").GetInt64()));
        Assert.Equal(await api.CountAsync("brand:vireo"), histogram.GetProperty("total").GetInt64());
    }
}
