using System.Globalization;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>No query can take the index down: each limit fails with a QueryLimitException naming it.</summary>
public sealed class QueryLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<LuceneMentionIndex> SeededAsync(QueryLimits limits, int words = 20)
    {
        var index = new LuceneMentionIndex(_folder, limits);
        var mentions = Enumerable.Range(0, words).Select(i => new Mention
        {
            Id = i.ToString(CultureInfo.InvariantCulture),
            Source = "import",
            Text = $"livraison{i:D4} retard",
            PublishedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
            Enrichment = new Enrichment { Brands = ["mandarine"] },
        }).ToArray();
        await index.WriteAsync(mentions, null, TestContext.Current.CancellationToken);
        return index;
    }

    private static async Task<QueryLimitException> Fails(IMentionIndex index, string query) =>
        await Assert.ThrowsAsync<QueryLimitException>(() => index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }), TestContext.Current.CancellationToken));

    [Fact]
    public async Task A_query_longer_than_max_length_is_refused_before_parsing()
    {
        using var index = await SeededAsync(new QueryLimits { MaxLength = 100 });

        var error = await Fails(index, string.Join(" OR ", Enumerable.Repeat("retard", 30)));

        Assert.Equal("max_length", error.Limit);
        Assert.Contains("limit is 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parentheses_nested_past_max_depth_are_refused_instead_of_exhausting_the_stack()
    {
        using var index = await SeededAsync(QueryLimits.Default);

        var error = await Fails(index, new string('(', 100_000) + "retard" + new string(')', 100_000));

        Assert.Equal("max_length", error.Limit);
        var deep = await Fails(index, new string('(', 40) + "retard" + new string(')', 40));
        Assert.Equal("max_depth", deep.Limit);
    }

    [Fact]
    public async Task Parentheses_inside_a_phrase_do_not_count_as_nesting()
    {
        using var index = await SeededAsync(new QueryLimits { MaxDepth = 2 });

        var page = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "\"((((retard\"" }), TestContext.Current.CancellationToken);

        Assert.Equal(20, page.Total);
    }

    [Fact]
    public async Task A_wildcard_matching_more_words_than_max_expansions_fails_and_one_under_it_runs()
    {
        using var index = await SeededAsync(new QueryLimits { MaxExpansions = 10 });

        var error = await Fails(index, "livraison*");
        var narrow = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "livraison000*" }), TestContext.Current.CancellationToken);
        var wildcard = await Fails(index, "liv?aison*");

        Assert.Equal("max_expansions", error.Limit);
        Assert.Contains("livraison*", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, narrow.Total);
        Assert.Equal("max_expansions", wildcard.Limit);
    }

    [Fact]
    public async Task Clauses_are_counted_after_expansion()
    {
        // 20 words in each of the two language fields: 40 clauses once livraison* is expanded.
        using var index = await SeededAsync(new QueryLimits { MaxClauses = 30 });

        var error = await Fails(index, "livraison*");
        var few = await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "livraison000* OR retard" }), TestContext.Current.CancellationToken);

        Assert.Equal("max_clauses", error.Limit);
        Assert.Contains("30", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, few.Total);
    }

    [Fact]
    public async Task More_terms_than_the_parser_allows_in_one_group_is_a_limit_error_not_a_crash()
    {
        using var index = await SeededAsync(new QueryLimits { MaxLength = 100_000 });

        var error = await Fails(index, string.Join(" OR ", Enumerable.Range(0, 1500).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal("max_clauses", error.Limit);
    }

    [Fact]
    public async Task A_search_or_aggregation_past_the_time_limit_is_stopped()
    {
        using var index = await SeededAsync(new QueryLimits { Timeout = TimeSpan.FromTicks(1) });
        var ct = TestContext.Current.CancellationToken;

        var search = await Fails(index, "retard");
        var aggregation = await Assert.ThrowsAsync<QueryLimitException>(() => index.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.Brand), ct));

        Assert.Equal("timeout", search.Limit);
        Assert.Equal("timeout", aggregation.Limit);
    }

    [Fact]
    public async Task A_cancelled_search_stops()
    {
        using var index = await SeededAsync(QueryLimits.Default);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.SearchAsync(new SearchRequest(MentionFilter.All), cancelled.Token));
    }

    [Fact]
    public void Limits_out_of_range_are_refused_when_the_index_is_opened()
    {
        var error = Assert.Throws<ArgumentException>(() => new LuceneMentionIndex(_folder, new QueryLimits { MaxExpansions = 5000 }));

        Assert.Contains("max_expansions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_key:x")]
    [InlineData("_source:livraison")]
    [InlineData("_id:1")]
    [InlineData("_index:sl-checkpoints")]
    [InlineData("name:import")]
    [InlineData("value:1")]
    [InlineData("author_hash:abc")]
    [InlineData("brands.keyword:x")]
    [InlineData("__proto__:x")]
    [InlineData("*:retard")]
    [InlineData("_key:[a TO z]")]
    [InlineData("_source:liv*")]
    public async Task The_query_language_reaches_no_internal_field(string query)
    {
        using var index = await SeededAsync(QueryLimits.Default);

        var error = await Assert.ThrowsAsync<QuerySyntaxException>(() => index.SearchAsync(new SearchRequest(new MentionFilter { Query = query }), TestContext.Current.CancellationToken));

        Assert.Contains("Unknown field", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_key")]
    [InlineData("_source")]
    [InlineData("text_fr")]
    public async Task Filters_and_groupings_reach_no_internal_field(string field)
    {
        using var index = await SeededAsync(QueryLimits.Default);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<QuerySyntaxException>(() => index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(field, "x")), ct));
        await Assert.ThrowsAsync<QuerySyntaxException>(() => index.AggregateAsync(new AggregationRequest(MentionFilter.All, field), ct));
    }
}
