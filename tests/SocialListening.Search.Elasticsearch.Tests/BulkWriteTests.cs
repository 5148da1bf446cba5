using System.Net;
using SocialListening.Core.Index;
using SocialListening.Search.Elasticsearch.Tests.Support;

namespace SocialListening.Search.Elasticsearch.Tests;

public sealed class BulkWriteTests
{
    private static readonly Func<WriteResult, IReadOnlyDictionary<string, string?>> Checkpoint =
        r => new Dictionary<string, string?> { ["import:f"] = $"added={r.Added}" };

    private static IReadOnlyList<RecordedRequest> Bulks(CannedCluster cluster) =>
        cluster.Handler.Requests.Where(r => r.Path == "/_bulk").ToArray();

    private static string[] MentionIds(RecordedRequest bulk) =>
        bulk.Lines.Where(l => l["id"] is not null).Select(l => l["id"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_bulk_request_refused_with_429_is_sent_again_whole()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        cluster.BulkRequestStatuses.Enqueue(HttpStatusCode.TooManyRequests);
        cluster.BulkRequestStatuses.Enqueue(HttpStatusCode.TooManyRequests);
        using var index = cluster.Index();

        var result = await index.WriteAsync([Samples.Mention("1", "a"), Samples.Mention("2", "b")], null, CancellationToken.None);

        Assert.Equal(new WriteResult(2, 0), result);
        var bulks = Bulks(cluster);
        Assert.Equal(3, bulks.Count);
        Assert.All(bulks, b => Assert.Equal(["1", "2"], MentionIds(b)));
    }

    [Fact]
    public async Task Only_the_items_refused_with_429_are_retried_and_then_the_checkpoints_are_written()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        cluster.BulkItemStatuses.Enqueue([201, 429, 200, 429]);
        cluster.BulkItemStatuses.Enqueue([429, 201]);
        cluster.BulkItemStatuses.Enqueue([201]);
        using var index = cluster.Index();
        var mentions = new[] { Samples.Mention("1", "a"), Samples.Mention("2", "b"), Samples.Mention("3", "c"), Samples.Mention("4", "d") };

        var result = await index.WriteAsync(mentions, Checkpoint, CancellationToken.None);

        Assert.Equal(new WriteResult(3, 1), result);
        var bulks = Bulks(cluster);
        Assert.Equal(["1", "2", "3", "4"], MentionIds(bulks[0]));
        Assert.Equal(["2", "4"], MentionIds(bulks[1]));
        Assert.Equal(["2"], MentionIds(bulks[2]));
        Assert.Equal("added=3", bulks[3].Lines[1]["value"]!.GetValue<string>());
        Assert.Equal("sl-checkpoints", bulks[3].Lines[0]["index"]!["_index"]!.GetValue<string>());
    }

    [Fact]
    public async Task Items_refused_for_good_are_reported_and_the_checkpoints_are_not_written()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        cluster.BulkItemStatuses.Enqueue([201, 400, 201]);
        using var index = cluster.Index();
        var mentions = new[] { Samples.Mention("1", "a"), Samples.Mention("2", "b", source: "rss"), Samples.Mention("3", "c") };

        var error = await Assert.ThrowsAsync<ElasticsearchBulkException>(() => index.WriteAsync(mentions, Checkpoint, CancellationToken.None));

        var rejected = Assert.Single(error.Rejected);
        Assert.Equal(("rss", "2", 400), (rejected.Source, rejected.Id, rejected.Status));
        Assert.Contains("document_parsing_exception", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("rss/2", error.Message, StringComparison.Ordinal);
        Assert.Single(Bulks(cluster));
        Assert.DoesNotContain(cluster.Handler.Requests, r => r.Body?.Contains("sl-checkpoints\",\"_id", StringComparison.Ordinal) == true && r.Path == "/_bulk");
    }

    [Fact]
    public async Task Items_still_busy_after_the_last_retry_are_reported()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        for (var i = 0; i < 3; i++)
        {
            cluster.BulkItemStatuses.Enqueue([429]);
        }
        using var index = cluster.Index(CannedCluster.Options() with { MaxRetries = 2 });

        var error = await Assert.ThrowsAsync<ElasticsearchBulkException>(() => index.WriteAsync([Samples.Mention("1", "a")], Checkpoint, CancellationToken.None));

        Assert.Equal(429, Assert.Single(error.Rejected).Status);
        Assert.Equal(3, Bulks(cluster).Count);
    }

    [Fact]
    public async Task Large_writes_are_cut_into_batches()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        using var index = cluster.Index(CannedCluster.Options() with { BulkBatchSize = 2 });

        var result = await index.WriteAsync(Enumerable.Range(0, 5).Select(i => Samples.Mention($"m{i}", "x")).ToArray(), null, CancellationToken.None);

        Assert.Equal(5, result.Added);
        Assert.Equal([2, 2, 1], Bulks(cluster).Select(b => MentionIds(b).Length));
        Assert.Single(cluster.Handler.Requests, r => r.Path.EndsWith("/_refresh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_refresh_after_write_no_refresh_is_requested()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        using var index = cluster.Index(CannedCluster.Options() with { RefreshAfterWrite = false });

        await index.WriteAsync([Samples.Mention("1", "a")], Checkpoint, CancellationToken.None);

        Assert.DoesNotContain(cluster.Handler.Requests, r => r.Path.EndsWith("/_refresh", StringComparison.Ordinal));
        Assert.All(Bulks(cluster), b => Assert.Contains(("refresh", "false"), b.Parameters));
    }

    [Fact]
    public void Document_ids_depend_only_on_source_and_id()
    {
        var a = EsDocument.Id(Samples.Mention("42", "first text").Key.ToString());
        var b = EsDocument.Id((Samples.Mention("42", "edited text") with { Likes = 9 }).Key.ToString());
        var other = EsDocument.Id(Samples.Mention("42", "x", source: "rss").Key.ToString());

        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", a);
    }

    [Theory]
    [InlineData("fr", "Titre\ntexte", null)]
    [InlineData("en", null, "Titre\ntexte")]
    [InlineData(null, "Titre\ntexte", "Titre\ntexte")]
    public void Documents_carry_title_and_text_in_the_analysed_field_of_their_language(string? lang, string? french, string? english)
    {
        var document = EsDocument.Create(Samples.Mention("1", "texte") with { Title = "Titre", Lang = lang });

        Assert.Equal(french, document[IndexTemplate.TextFr]?.GetValue<string>());
        Assert.Equal(english, document[IndexTemplate.TextEn]?.GetValue<string>());
    }

    [Fact]
    public async Task Mentions_go_through_the_alias_and_require_it()
    {
        var cluster = new CannedCluster { IndexesExist = true };
        using var index = cluster.Index(CannedCluster.Options() with { IndexPrefix = "acme" });

        await index.WriteAsync([Samples.Mention("1", "a")], null, CancellationToken.None);

        var action = Bulks(cluster)[0].Lines[0]["index"]!;
        Assert.Equal("acme-mentions", action["_index"]!.GetValue<string>());
        Assert.True(action["require_alias"]!.GetValue<bool>());
    }
}
