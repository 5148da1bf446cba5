using System.Text.Json;
using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Search.Elasticsearch.Tests.Support;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>
/// Whole scenarios against the expected requests committed in Scenarios/NAME.json: method, path, query parameters
/// and body (the query, sort, aggregation and mapping JSON) of every request, in order. After an intended change,
/// run once with SL_WRITE_SCENARIOS=1 to rewrite the files, and review the diff.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public Task First_write_creates_template_indexes_and_alias_then_writes_mentions_then_checkpoints() =>
        Verify("write_first_batch", indexesExist: false, async index =>
        {
            var mention = Samples.Mention("1", "L'opérateur a coupé le réseau", 0, "bluesky", "mandarine") with
            {
                Title = "Panne",
                Likes = 3,
                Enrichment = new Enrichment { Brands = ["mandarine"], Themes = ["network"], Sentiment = Sentiment.Negative, Risk = 0.5 },
            };
            await index.WriteAsync([mention], r => new Dictionary<string, string?> { ["import:abc"] = $"added={r.Added}", ["cursor:old"] = null }, CancellationToken.None);
        });

    [Fact]
    public Task First_page_opens_a_point_in_time_and_filters_without_scoring() =>
        Verify("search_first_page", indexesExist: true, async index =>
        {
            var filter = new MentionFilter { Query = "livraison AND (retard OR annulée) -source:rss", From = From, To = From.AddDays(7) }
                .WithTerm(MentionFields.Brand, "Mandarine", "Vireo");
            await index.SearchAsync(new SearchRequest(filter) { Limit = 2 }, CancellationToken.None);
        }, Samples.SearchAnswer(5, "46ToAwMDaWR5BXV1aWQy", Samples.Mention("2", "b", 1), Samples.Mention("1", "a", 0)));

    [Fact]
    public Task Last_page_searches_the_point_in_time_after_the_cursor_then_closes_it() =>
        Verify("search_last_page", indexesExist: true, async index =>
        {
            var cursor = new EsCursor("46ToAwMDaWR5BXV1aWQy", new JsonArray(12.5, "import\u001f7", 4294967298L)).Encode();
            await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "\"service client\"" }) { Sort = SearchSort.Relevance, Limit = 10, Cursor = cursor }, CancellationToken.None);
        }, Samples.SearchAnswer(5, "46ToAwMDaWR5BXV1aWQy", Samples.Mention("3", "c", 2)));

    [Fact]
    public Task An_expired_point_in_time_goes_on_over_the_live_index_after_the_same_sort_values() =>
        Verify("search_expired_point_in_time", indexesExist: true, async index =>
        {
            var cursor = new EsCursor("46ToAwMDaWR5BXV1aWQy", new JsonArray(1793606400000L, "import\u001f7", 4294967298L)).Encode();
            var page = await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 1, Cursor = cursor }, CancellationToken.None);
            Assert.Null(EsCursor.Decode(page.NextCursor!).PointInTime);
        }, Samples.SearchAnswer(5, null, Samples.Mention("3", "c", 2)), pitSearchStatus: System.Net.HttpStatusCode.NotFound);

    [Fact]
    public Task The_whole_query_language_translates_to_query_dsl() =>
        Verify("query_language", indexesExist: true, async index =>
        {
            const string query = "\"service client\"~3 livr* r?seau reseau~1 brand:Mandarine likes:[10 TO *] rating:{1 TO 5] "
                + "risk:[0.5 TO *] published_at:[2026-11-01 TO 2026-11-07] titre^2 (theme:network OR theme:green) NOT lang:en";
            await index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }) { Limit = 0, Sort = SearchSort.Oldest }, CancellationToken.None);
        });

    [Fact]
    public Task Groups_by_theme_then_brand_use_nested_terms_aggregations() =>
        Verify("aggregate_theme_by_brand", indexesExist: true, index =>
            index.AggregateAsync(new AggregationRequest(new MentionFilter { Query = "NOT source:reddit" }, MentionFields.Theme) { ThenBy = MentionFields.Brand, Size = 20 }, CancellationToken.None));

    [Fact]
    public Task Weekly_histogram_uses_a_calendar_interval_in_the_requested_offset() =>
        Verify("aggregate_week_histogram", indexesExist: true, index =>
            index.AggregateAsync(new AggregationRequest(MentionFilter.All.WithTerm(MentionFields.Lang, "fr"), MentionFields.PublishedAt)
            {
                Interval = DateInterval.Week,
                TimeZoneOffset = TimeSpan.FromHours(1),
                ThenBy = MentionFields.Sentiment,
            }, CancellationToken.None));

    [Fact]
    public Task Retention_deletes_by_query_before_a_date_and_refreshes() =>
        Verify("delete_retention", indexesExist: true, index =>
            index.DeleteAsync(new MentionFilter { To = From }, CancellationToken.None));

    private static async Task Verify(string name, bool indexesExist, Func<ElasticsearchMentionIndex, Task> act, string? searchAnswer = null,
        System.Net.HttpStatusCode pitSearchStatus = System.Net.HttpStatusCode.OK)
    {
        var cluster = new CannedCluster { IndexesExist = indexesExist, SearchAnswer = searchAnswer ?? CannedCluster.Empty, PitSearchStatus = pitSearchStatus };
        using (var index = cluster.Index())
        {
            await act(index);
        }
        var actual = new JsonArray(cluster.Handler.Requests.Select(Describe).ToArray());
        var file = Path.Combine(RepositoryFiles.RequireRoot(), "tests", "SocialListening.Search.Elasticsearch.Tests", "Scenarios", name + ".json");
        if (Environment.GetEnvironmentVariable("SL_WRITE_SCENARIOS") == "1")
        {
            await File.WriteAllTextAsync(file, actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(file));
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"Requests of scenario {name} differ from {file}.\nActual:\n{actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
    }

    private static JsonNode Describe(RecordedRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Parameters)
        {
            parameters[key] = value;
        }
        JsonNode? body = request.ContentType == "application/x-ndjson"
            ? new JsonArray(request.Lines.Select(l => (JsonNode)l.DeepClone()).ToArray())
            : request.Json;
        return new JsonObject
        {
            ["method"] = request.Method.Method,
            ["path"] = request.Path,
            ["parameters"] = parameters,
            ["body"] = body,
        };
    }
}
