using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Contract;

/// <summary>
/// What every IMentionIndex must do, whatever its backend. A backend's test project links this file and derives a
/// class that creates its index; the same scenarios then run against Lucene, Elasticsearch, or any other.
/// </summary>
public abstract class MentionIndexContract : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sl-contract-" + Guid.NewGuid().ToString("N"));
    private IMentionIndex? _index;

    /// <summary>Opens the backend's index over a private folder (or a private index name derived from it).</summary>
    protected abstract IMentionIndex Open(string folder);

    protected IMentionIndex Index => _index ??= Open(_folder);

    protected IMentionIndex Reopen()
    {
        _index?.Dispose();
        _index = Open(_folder);
        return _index;
    }

    public void Dispose()
    {
        _index?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    protected static Mention M(string id, string text, int hours = 0, string source = "import", string? lang = "fr",
        string[]? brands = null, string[]? themes = null, string? title = null, long likes = 0, Sentiment? sentiment = null) => new()
    {
        Id = id,
        Source = source,
        Text = text,
        Title = title,
        Lang = lang,
        PublishedAt = Day.AddHours(hours),
        Likes = likes,
        Enrichment = new Enrichment { Brands = brands ?? [], Themes = themes ?? [], Sentiment = sentiment },
    };

    private async Task<long> Total(string query, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        (await Index.SearchAsync(new SearchRequest(new MentionFilter { Query = query, From = from, To = to }) { Limit = 0 }, CancellationToken.None)).Total;

    private Task Write(params Mention[] mentions) => Index.WriteAsync(mentions, null, CancellationToken.None);

    private async Task SeedAsync() => await Write(
        M("1", "Toujours pas de livraison, quel Retard ! @Mandarine_FR", 0, brands: ["mandarine"], themes: ["after-sales"], sentiment: Sentiment.Negative),
        M("2", "Two deliveries arrived early, great job Vireo", 1, "mastodon", "en", ["vireo"], ["after-sales"], likes: 12, sentiment: Sentiment.Positive),
        M("3", "L'opérateur a coupé le réseau toute la soirée", 26, "bluesky", brands: ["mandarine"], themes: ["network"], sentiment: Sentiment.Negative),
        M("4", "Le service client de Kalix est vraiment au top", 50, "reddit", brands: ["kalix"], themes: ["customer-service"], sentiment: Sentiment.Positive),
        M("5", "Réseau et service client : Mandarine contre Vireo", 51, "rss", brands: ["mandarine", "vireo"], themes: ["network", "customer-service"], title: "Comparatif opérateurs"),
        M("6", "une mandarine bien juteuse", 75, "mastodon"));

    [Fact]
    public async Task Write_reports_new_and_replaced_mentions_and_replaces_by_source_and_id()
    {
        var first = await Index.WriteAsync([M("1", "a"), M("2", "b"), M("1", "a again")], null, CancellationToken.None);
        var second = await Index.WriteAsync([M("2", "b2"), M("2", "b", source: "other")], null, CancellationToken.None);

        Assert.Equal((2, 1), (first.Added, first.Replaced));
        Assert.Equal((1, 1), (second.Added, second.Replaced));
        Assert.Equal(3, await Total("*:*"));
        var page = await Index.SearchAsync(new SearchRequest(new MentionFilter { Query = "id:2 AND source:import" }), CancellationToken.None);
        Assert.Equal("b2", Assert.Single(page.Hits).Text);
    }

    [Fact]
    public async Task A_large_batch_keeps_each_keys_last_mention_once_whether_new_or_indexed()
    {
        // Large enough for a backend to split the batch over threads: keys repeated within the batch, far apart, and
        // keys already indexed, must still end up once each, with the last mention, and be counted as before.
        await Index.WriteAsync([.. Enumerable.Range(0, 100).Select(i => M($"old{i}", "ancien"))], null, CancellationToken.None);
        var batch = Enumerable.Range(0, 3_000).Select(i => M($"n{i}", "nouveau")).ToList();
        batch.AddRange(Enumerable.Range(0, 100).Select(i => M($"old{i}", "remplacé")));
        batch.AddRange(Enumerable.Range(0, 50).Select(i => M($"n{i * 7}", "dernier")));

        var result = await Index.WriteAsync(batch, null, CancellationToken.None);

        Assert.Equal((3_000, 150), (result.Added, result.Replaced));
        Assert.Equal(3_100, await Total("*:*"));
        Assert.Equal(50, await Total("dernier"));
        Assert.Equal(100, await Total("remplacé"));
        Assert.Equal(0, await Total("ancien"));
        Assert.Equal(1, await Total("id:n350"));
    }

    [Fact]
    public async Task A_reopened_index_replaces_the_mentions_it_held_and_those_written_since()
    {
        await Index.WriteAsync([M("1", "ancien"), M("2", "b")], null, CancellationToken.None);

        var reopened = await Reopen().WriteAsync([M("2", "b2"), M("3", "c")], null, CancellationToken.None);
        var again = await Index.WriteAsync([M("3", "c2"), M("1", "nouveau"), M("4", "d")], null, CancellationToken.None);

        Assert.Equal((1, 1), (reopened.Added, reopened.Replaced));
        Assert.Equal((1, 2), (again.Added, again.Replaced));
        Assert.Equal(4, await Total("*:*"));
        Assert.Equal((0, 1), (await Total("ancien"), await Total("nouveau")));
    }

    [Fact]
    public async Task Hits_round_trip_every_field()
    {
        var mention = M("r1", "Texte complet", brands: ["mandarine"], themes: ["network"], sentiment: Sentiment.Negative) with
        {
            Url = "https://example.org/p/1",
            Author = "a_0123456789abcdef0123456789abcdef",
            AuthorFollowers = 1200,
            Shares = 3,
            Replies = 4,
            Rating = 2,
            Title = "Titre",
            CollectedAt = Day.AddDays(1),
        };
        mention = mention with { Enrichment = mention.Enrichment with { Complaint = true, Stage = JourneyStage.AfterSales, Risk = 0.75, RiskReasons = ["complaint"] } };
        await Write(mention);

        var hit = Assert.Single((await Index.SearchAsync(new SearchRequest(MentionFilter.All), CancellationToken.None)).Hits);

        Assert.Equal(MentionJson.Serialize(mention), MentionJson.Serialize(hit));
    }

    [Theory]
    [InlineData("retards", 1)]
    [InlineData("RETARD", 1)]
    [InlineData("delivery", 1)]
    [InlineData("deliveries", 1)]
    [InlineData("operateur", 2)]
    [InlineData("l’opérateur", 2)]
    [InlineData("reseau", 2)]
    [InlineData("réseaux", 2)]
    [InlineData("comparatif", 1)]
    public async Task Full_text_folds_accents_elisions_and_plurals_in_both_languages(string query, long expected)
    {
        await SeedAsync();
        Assert.Equal(expected, await Total(query));
    }

    [Theory]
    [InlineData("delivery", "e u")]
    [InlineData("deliveries", "e u")]
    [InlineData("réseau", "f u")]
    [InlineData("réseaux", "e f u")]
    [InlineData("livraison", "f u")]
    public async Task Text_is_stemmed_in_its_own_language_and_an_unknown_language_in_both(string query, string expected)
    {
        // Decision 006: French text gets the French analysis only, English text the English one, any other both;
        // queries search both, so an exact form is found in any language but stemming does not cross languages.
        await Write(
            M("f", "Les livraisons du réseau", lang: "fr"),
            M("e", "Deliveries and réseaux", lang: "en-GB"),
            M("u", "Deliveries, livraisons, réseaux", lang: null));

        var page = await Index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }), CancellationToken.None);

        Assert.Equal(expected, string.Join(' ', page.Hits.Select(m => m.Id).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("*:*", 6)]
    [InlineData("livraison AND retard", 1)]
    [InlineData("livraison OR réseau", 3)]
    [InlineData("service client", 2)]
    [InlineData("service NOT kalix", 1)]
    [InlineData("\"service client\"", 2)]
    [InlineData("\"coupé soirée\"~5", 1)]
    [InlineData("livr*", 1)]
    [InlineData("brand:mandarine", 3)]
    [InlineData("brand:Mandarine AND theme:network", 2)]
    [InlineData("theme:customer-service", 2)]
    [InlineData("source:mastodon", 2)]
    [InlineData("lang:en", 1)]
    [InlineData("sentiment:negative", 2)]
    [InlineData("likes:[10 TO *]", 1)]
    [InlineData("published_at:[2026-11-03 TO 2026-11-04]", 3)]
    [InlineData("published_at:2026-11-02", 2)]
    [InlineData("mandarine -brand:mandarine", 1)]
    [InlineData("(réseau OR livraison) AND NOT source:rss", 2)]
    public async Task Boolean_query_language_finds_the_right_mentions(string query, long expected)
    {
        await SeedAsync();
        Assert.Equal(expected, await Total(query));
    }

    [Theory]
    [InlineData("livraison AND")]
    [InlineData("(réseau OR livraison")]
    [InlineData("\"service client")]
    [InlineData("nosuchfield:x")]
    [InlineData("_source:x")]
    [InlineData("published_at:[yesterday TO *]")]
    [InlineData("likes:[many TO *]")]
    public async Task Bad_queries_fail_with_a_query_syntax_error(string query)
    {
        await SeedAsync();
        var error = await Assert.ThrowsAsync<QuerySyntaxException>(() => Total(query));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task Date_window_is_from_inclusive_to_exclusive()
    {
        await SeedAsync();
        var from = Day.AddHours(1);
        Assert.Equal(3, await Total("*:*", from, Day.AddHours(51)));
    }

    [Fact]
    public async Task Pages_follow_the_sort_and_the_cursor_visits_every_mention_once()
    {
        var mentions = Enumerable.Range(0, 95).Select(i => M($"p{i}", "page test", hours: i % 7)).ToArray();
        await Write(mentions);
        var seen = new List<Mention>();
        string? cursor = null;
        do
        {
            var page = await Index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 10, Cursor = cursor }, CancellationToken.None);
            Assert.Equal(95, page.Total);
            seen.AddRange(page.Hits);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(95, seen.Select(m => m.Id).Distinct().Count());
        Assert.Equal(seen.Select(m => m.PublishedAt).OrderByDescending(d => d), seen.Select(m => m.PublishedAt));
        var oldest = await Index.SearchAsync(new SearchRequest(MentionFilter.All) { Sort = SearchSort.Oldest, Limit = 1 }, CancellationToken.None);
        Assert.Equal(Day, oldest.Hits[0].PublishedAt);
    }

    [Fact]
    public async Task Risk_sort_ranks_highest_risk_first_then_by_key_across_cursor_pages()
    {
        var risks = new double?[] { 0.2, 0.9, null, 0.55, 0.9, 0.1, 0.7 };
        await Write([.. risks.Select((r, i) => M("k" + i, "texte " + i, i) with { Enrichment = new Enrichment { Risk = r } })]);

        var seen = new List<Mention>();
        string? cursor = null;
        do
        {
            var page = await Index.SearchAsync(new SearchRequest(MentionFilter.All) { Sort = SearchSort.Risk, Limit = 3, Cursor = cursor }, CancellationToken.None);
            seen.AddRange(page.Hits);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(new[] { "k1", "k4", "k6", "k3", "k0", "k5", "k2" }, seen.Select(m => m.Id));
    }

    [Fact]
    public async Task Counts_by_keyword_field_within_a_query()
    {
        await SeedAsync();
        var result = await Index.AggregateAsync(new AggregationRequest(new MentionFilter { Query = "NOT source:reddit" }, MentionFields.Brand), CancellationToken.None);

        Assert.Equal(5, result.Total);
        Assert.Equal(new[] { ("mandarine", 3L), ("vireo", 2L) }, result.Buckets.Select(b => (b.Key, b.Count)));
    }

    [Fact]
    public async Task Groups_split_by_a_second_field_count_a_mention_in_each_of_its_values()
    {
        await SeedAsync();
        var result = await Index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Theme) { ThenBy = MentionFields.Brand }, CancellationToken.None);

        var network = result.Buckets.Single(b => b.Key == "network");
        Assert.Equal(2, network.Count);
        Assert.Equal(new[] { ("mandarine", 2L), ("vireo", 1L) }, network.Children.Select(c => (c.Key, c.Count)));
        var service = result.Buckets.Single(b => b.Key == "customer-service");
        Assert.Equal(2, service.Count);
        Assert.Equal(3, service.Children.Count);
    }

    [Theory]
    [InlineData(DateInterval.Day, new[] { "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05" }, new long[] { 2, 1, 2, 1 })]
    [InlineData(DateInterval.Week, new[] { "2026-11-02" }, new long[] { 6 })]
    public async Task Date_histogram_buckets_by_interval(DateInterval interval, string[] keys, long[] counts)
    {
        await SeedAsync();
        var result = await Index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.PublishedAt) { Interval = interval, TimeZoneOffset = TimeSpan.FromHours(1) }, CancellationToken.None);

        Assert.Equal(keys, result.Buckets.Select(b => b.Key));
        Assert.Equal(counts, result.Buckets.Select(b => b.Count));
    }

    [Fact]
    public async Task Hourly_histogram_keys_carry_the_offset()
    {
        await SeedAsync();
        var result = await Index.AggregateAsync(new AggregationRequest(new MentionFilter { Query = "published_at:2026-11-02" }, MentionFields.PublishedAt) { Interval = DateInterval.Hour, TimeZoneOffset = TimeSpan.FromHours(1) }, CancellationToken.None);

        Assert.Equal(new[] { "2026-11-02T09:00+01:00", "2026-11-02T10:00+01:00" }, result.Buckets.Select(b => b.Key));
    }

    [Fact]
    public async Task Delete_by_query_removes_exactly_the_matches()
    {
        await SeedAsync();
        var deleted = await Index.DeleteAsync(new MentionFilter { Query = "source:mastodon" }, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(4, await Total("*:*"));
        Assert.Equal(0, await Total("source:mastodon"));
    }

    [Fact]
    public async Task Checkpoints_are_committed_with_the_batch_and_survive_a_reopen()
    {
        await Index.WriteAsync([M("1", "a")], r => new Dictionary<string, string?> { ["import:x"] = $"added={r.Added}", ["cursor:y"] = "42" }, CancellationToken.None);
        await Index.WriteAsync([M("2", "b")], _ => new Dictionary<string, string?> { ["cursor:y"] = null }, CancellationToken.None);

        var checkpoints = await Reopen().GetCheckpointsAsync(CancellationToken.None);

        Assert.Equal("added=1", checkpoints["import:x"]);
        Assert.False(checkpoints.ContainsKey("cursor:y"));
        Assert.Equal(2, await Total("*:*"));
    }

    [Fact]
    public async Task A_batch_written_in_parts_commits_its_mentions_and_checkpoints_at_once()
    {
        await Index.WriteAsync([M("0", "déjà là")], null, CancellationToken.None);
        WriteResult result;
        await using (var batch = await Index.BeginBatchAsync(CancellationToken.None))
        {
            await batch.AddAsync([M("1", "a"), M("2", "b")], CancellationToken.None);
            await batch.AddAsync([M("2", "b2"), M("3", "c"), M("0", "remplacé")], CancellationToken.None);
            Assert.Equal(1, await Total("*:*"));

            result = await batch.CommitAsync(r => new Dictionary<string, string?> { ["import:x"] = $"added={r.Added}" }, CancellationToken.None);
        }

        Assert.Equal((3, 2), (result.Added, result.Replaced));
        Assert.Equal(4, await Total("*:*"));
        Assert.Equal((1, 0, 1), (await Total("b2"), await Total("b"), await Total("remplacé")));
        Assert.Equal("added=3", (await Reopen().GetCheckpointsAsync(CancellationToken.None))["import:x"]);
        Assert.Equal(4, await Total("*:*"));
    }

    [Fact]
    public async Task A_batch_disposed_before_its_commit_leaves_the_index_and_its_checkpoints_as_they_were()
    {
        await Index.WriteAsync([M("1", "ancien")], _ => new Dictionary<string, string?> { ["import:x"] = "1" }, CancellationToken.None);
        await using (var batch = await Index.BeginBatchAsync(CancellationToken.None))
        {
            await batch.AddAsync([M("2", "perdu"), M("1", "nouveau")], CancellationToken.None);
        }

        Assert.Equal((1, 1, 0), (await Total("*:*"), await Total("ancien"), await Total("nouveau")));
        Assert.Equal("1", (await Index.GetCheckpointsAsync(CancellationToken.None))["import:x"]);
        // The index takes writes again, and what the batch held never reaches a commit.
        var next = await Index.WriteAsync([M("3", "suivant")], null, CancellationToken.None);
        Assert.Equal((1, 0), (next.Added, next.Replaced));
        Reopen();
        Assert.Equal((2, 0, 0), (await Total("*:*"), await Total("perdu"), await Total("nouveau")));
        Assert.Equal("1", (await Index.GetCheckpointsAsync(CancellationToken.None))["import:x"]);
    }

    [Fact]
    public async Task Empty_index_answers_queries_with_nothing()
    {
        Assert.Equal(0, await Total("*:*"));
        var result = await Index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Brand), CancellationToken.None);
        Assert.Empty(result.Buckets);
    }

    [Fact]
    public async Task Filters_on_keyword_values_match_any_of_them()
    {
        await SeedAsync();
        var filter = MentionFilter.All.WithTerm(MentionFields.Brand, "kalix", "vireo");
        Assert.Equal(3, (await Index.SearchAsync(new SearchRequest(filter), CancellationToken.None)).Total);
    }
}
