using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Territory;

namespace SocialListening.Api.Tests;

/// <summary>The insight endpoints return exactly what <see cref="BrandInsights"/> computes on the same index.</summary>
public sealed class InsightsApiTests(ApiFixture api)
{
    private string Expected<T>(T value) => JsonSerializer.Serialize(value, api.Service<IOptions<JsonOptions>>().Value.SerializerOptions);

    private BrandInsights Insights => new(api.Service<IMentionIndex>(), api.Service<BrandCatalog>());

    [Theory]
    [InlineData("all", SovDimension.All)]
    [InlineData("theme", SovDimension.Theme)]
    [InlineData("lang", SovDimension.Lang)]
    [InlineData("day", SovDimension.Day)]
    public async Task Share_of_voice_matches_BrandInsights(string by, SovDimension dimension)
    {
        var catalog = api.Service<BrandCatalog>();
        var expected = await Insights.ShareOfVoiceAsync(catalog.CompetitiveSets[0], dimension, MentionFilter.All, TestContext.Current.CancellationToken);

        var body = await api.Client(ApiRole.Viewer).OkJsonAsync($"/api/insights/share-of-voice?by={by}");

        Assert.Equal(Expected(expected), body.GetRawText());
        Assert.True(expected.Groups.Count > 0);
    }

    [Fact]
    public async Task Territory_matches_BrandInsights_with_the_same_filter()
    {
        var brand = api.Service<BrandCatalog>().FindBrand("vireo")!;
        var filter = new MentionFilter { From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero) };
        var expected = await Insights.TerritoryAsync(brand, filter, TestContext.Current.CancellationToken);

        var body = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/vireo?from=2026-11-01&to=2026-11-15");

        Assert.Equal(Expected(expected), body.GetRawText());
        Assert.InRange(body.GetProperty("alignment").GetDouble(), 0.01, 1);
    }

    [Fact]
    public async Task The_trend_has_one_territory_per_week_adding_up_to_the_whole()
    {
        var whole = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/kalix");
        var trend = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/kalix/trend?interval=week");
        var points = trend.GetProperty("points").EnumerateArray().ToArray();

        Assert.InRange(points.Length, 4, 6);
        Assert.Equal(whole.GetProperty("brand_mentions").GetInt64(), points.Sum(p => p.GetProperty("mentions").GetInt64()));
        Assert.All(points, p => Assert.InRange(p.GetProperty("alignment").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Sentiment_per_theme_counts_only_scored_mentions_as_scored()
    {
        var body = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/sentiment/mandarine");

        Assert.Equal(ApiFixture.Scored(DateTimeOffset.UnixEpoch).Count, body.GetProperty("scored").GetInt64());
        var network = body.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "network");
        Assert.Equal(3, network.GetProperty("negative").GetInt64());
        Assert.Equal(network.GetProperty("mentions").GetInt64() - 3, network.GetProperty("unscored").GetInt64());
    }

    [Fact]
    public async Task Emerging_themes_flag_the_outage_week_of_the_demo_corpus()
    {
        var body = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/emerging?brand=mandarine&days=7");
        var first = body.GetProperty("themes")[0];

        Assert.Equal("network", first.GetProperty("theme").GetString());
        Assert.True(first.GetProperty("emerging").GetBoolean());
        Assert.True(first.GetProperty("growth").GetDouble() > 2);
    }

    [Fact]
    public async Task An_unknown_brand_is_a_400_listing_the_brands()
    {
        var (status, body, _) = await api.Client(ApiRole.Viewer).GetJsonAsync("/api/insights/territory/nobody");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("mandarine", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
