using System.Net;
using SocialListening.Analysis.Topics;
using SocialListening.Api.Security;

namespace SocialListening.Api.Tests;

/// <summary>The brand dashboard's topics: what `sl topics --brand B` saved, served as is, or how to get it.</summary>
public sealed class TopicsApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_saved_topics_of_a_brand_are_served_with_its_emerging_topics_and_territory_gap()
    {
        var saved = TopicReportFile.Load(api.DataDirectory, "mandarine")!;

        var response = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/topics/Mandarine");
        var body = response.GetProperty("report");

        Assert.Equal("sl topics --brand mandarine", response.GetProperty("command").GetString());
        Assert.Equal("mandarine", body.GetProperty("scope").GetString());
        Assert.Equal(saved.Mentions, body.GetProperty("mentions").GetInt32());
        var topics = body.GetProperty("topics").EnumerateArray().ToArray();
        Assert.Equal(saved.Topics.Select(t => t.Label), topics.Select(t => t.GetProperty("label").GetString()));
        var emerging = topics.Where(t => t.GetProperty("emerging").GetBoolean()).Select(t => t.GetProperty("label").GetString()!).ToArray();
        Assert.Contains(emerging, l => l.Contains("panne", StringComparison.Ordinal) || l.Contains("réseau", StringComparison.Ordinal));
        var territory = new[] { "green", "network", "innovation", "customer-service", "sport" };
        foreach (var gap in topics.Where(t => t.GetProperty("territory_gap").GetBoolean()))
        {
            Assert.InRange(gap.GetProperty("territory_coverage").GetDouble(), 0, 0.5);
            Assert.DoesNotContain(gap.GetProperty("suggested_theme").GetString(), territory);
        }
    }

    [Fact]
    public async Task A_brand_without_saved_topics_has_no_report_and_the_command_that_computes_it()
    {
        var body = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/topics/vireo");

        Assert.Equal("vireo", body.GetProperty("brand").GetString());
        Assert.Equal("sl topics --brand vireo", body.GetProperty("command").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("report").ValueKind);
    }

    [Fact]
    public async Task An_unknown_brand_is_a_400()
    {
        var (status, _, _) = await api.Client(ApiRole.Viewer).GetJsonAsync("/api/insights/topics/nobody");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
