using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene.Tests;

/// <summary>
/// Indexes written by an older version keep working after an import adds new segments beside theirs. Numeric fields
/// are now indexed with a coarser precision step than Lucene's default of 4: ranges must still find exactly the
/// mentions whose values are inside, in new segments and in segments written with step 4. The mention's source is
/// now stored as UTF-8 bytes instead of text: both must read back. Counts (likes, followers, rating) no longer have
/// doc values, which no search reads: segments with and without them must merge and still answer. Dates, risk and
/// the sentiment score are now a doc value and one bucket term, and their ranges read both: old segments hold trie terms
/// beside doc values for the dates and risk, and trie terms alone for a sentiment score (written without a doc
/// value for a while), even in one segment merged from both.
/// </summary>
public sealed class NumericRangeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sl-numeric-" + Guid.NewGuid().ToString("N"));
    private readonly List<Mention> _mentions = Corpus(600);

    [Theory]
    [InlineData("likes:[10 TO 100]")]
    [InlineData("likes:[1000 TO *]")]
    [InlineData("likes:{5000 TO 150000}")]
    [InlineData("likes:0")]
    [InlineData("author_followers:[* TO 70000]")]
    [InlineData("rating:[2 TO 4]")]
    [InlineData("risk:[0.25 TO 0.75]")]
    [InlineData("risk:{0.5 TO *]")]
    [InlineData("risk:[* TO 0.1}")]
    [InlineData("risk:[0.333 TO 0.6666]")]
    [InlineData("risk:[0.4212 TO 0.4288]")]
    [InlineData("sentiment_score:[-0.123 TO 0.456}")]
    [InlineData("sentiment_score:[-0.5 TO 0.5]")]
    [InlineData("sentiment_score:{0.25 TO *]")]
    [InlineData("published_at:[2026-09-10 TO 2026-10-20]")]
    [InlineData("published_at:{2026-09-10T00:00:00Z TO *]")]
    [InlineData("collected_at:[2026-10-01 TO *]")]
    public async Task A_range_finds_exactly_the_mentions_inside_it_in_old_and_new_segments(string query)
    {
        using var index = await OpenMixedAsync();
        using var fresh = new LuceneMentionIndex(_folder + "-fresh");
        await fresh.WriteAsync(_mentions, null, CancellationToken.None);

        var expected = _mentions.Count(Matches(query));
        Assert.InRange(expected, 1, _mentions.Count - 1);
        Assert.Equal(expected, await TotalAsync(index, new MentionFilter { Query = query }));
        Assert.Equal(expected, await TotalAsync(fresh, new MentionFilter { Query = query }));
    }

    [Fact]
    public async Task A_date_window_filter_finds_exactly_the_mentions_inside_it_in_old_and_new_segments()
    {
        using var index = await OpenMixedAsync();
        var from = Start.AddDays(20).AddMinutes(7);
        var to = Start.AddDays(51).AddSeconds(13);

        var expected = _mentions.Count(m => m.PublishedAt >= from && m.PublishedAt < to);
        Assert.Equal(expected, await TotalAsync(index, new MentionFilter { From = from, To = to }));
    }

    [Fact]
    public async Task Mentions_an_older_version_stored_as_text_read_back_beside_new_ones_stored_as_bytes()
    {
        using var index = await OpenMixedAsync();

        var page = await index.SearchAsync(new SearchRequest(MentionFilter.All) { Sort = SearchSort.Oldest, Limit = _mentions.Count }, CancellationToken.None);
        var expected = _mentions.OrderBy(m => m.PublishedAt).Select(MentionJson.Serialize);
        Assert.Equal(expected, page.Hits.Select(MentionJson.Serialize));
    }

    [Fact]
    public async Task Segments_with_and_without_doc_values_for_counts_merge_into_one_that_still_answers()
    {
        using (await OpenMixedAsync())
        {
        }
        using (var directory = FSDirectory.Open(_folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }
        using var merged = new LuceneMentionIndex(_folder);

        foreach (var query in new[] { "likes:[10 TO 100]", "sentiment_score:[-0.5 TO 0.5]", "risk:{0.5 TO *]", "published_at:[2026-09-10 TO 2026-10-20]" })
        {
            Assert.Equal(_mentions.Count(Matches(query)), await TotalAsync(merged, new MentionFilter { Query = query }));
        }
        var byRisk = await merged.SearchAsync(new SearchRequest(MentionFilter.All) { Sort = SearchSort.Risk, Limit = 5 }, CancellationToken.None);
        Assert.Equal(_mentions.Select(m => m.Enrichment.Risk!.Value).OrderDescending().Take(5), byRisk.Hits.Select(h => h.Enrichment.Risk!.Value));
        var days = await merged.AggregateAsync(new AggregationRequest(MentionFilter.All, MentionFields.PublishedAt) { Interval = DateInterval.Day }, CancellationToken.None);
        Assert.Equal(_mentions.Count, days.Buckets.Sum(b => b.Count));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _folder, _folder + "-fresh" })
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }

    // The first half written as the index was written before the precision steps changed, the second by the index.
    private async Task<LuceneMentionIndex> OpenMixedAsync()
    {
        var half = _mentions.Count / 2;
        using (var directory = FSDirectory.Open(_folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            foreach (var mention in _mentions.Take(half))
            {
                writer.AddDocument(DefaultStepDocument(mention));
            }
            writer.Commit();
        }
        var index = new LuceneMentionIndex(_folder);
        await index.WriteAsync(_mentions.Skip(half).ToList(), null, CancellationToken.None);
        return index;
    }

    private static Document DefaultStepDocument(Mention m)
    {
        var doc = new Document
        {
            new StringField("_key", m.Key.ToString(), Field.Store.NO),
            new SortedDocValuesField("_key", new BytesRef(m.Key.ToString())),
            new StoredField("_source", MentionJson.Serialize(m)),
        };
        void Long(string field, long value)
        {
            doc.Add(new Int64Field(field, value, Field.Store.NO));
            doc.Add(new NumericDocValuesField(field, value));
        }
        Long(MentionFields.PublishedAt, m.PublishedAt.ToUnixTimeMilliseconds());
        Long(MentionFields.CollectedAt, m.CollectedAt!.Value.ToUnixTimeMilliseconds());
        Long(MentionFields.Likes, m.Likes);
        Long(MentionFields.AuthorFollowers, m.AuthorFollowers!.Value);
        Long(MentionFields.Rating, m.Rating!.Value);
        doc.Add(new DoubleField(MentionFields.Risk, m.Enrichment.Risk!.Value, Field.Store.NO));
        doc.Add(new DoubleDocValuesField(MentionFields.Risk, m.Enrichment.Risk!.Value));
        if (m.Enrichment.SentimentScore is { } score)
        {
            doc.Add(new DoubleField(MentionFields.SentimentScore, score, Field.Store.NO));
        }
        return doc;
    }

    private static Func<Mention, bool> Matches(string query)
    {
        var day = (int d) => Start.AddDays(d);
        return query switch
        {
            "likes:[10 TO 100]" => m => m.Likes is >= 10 and <= 100,
            "likes:[1000 TO *]" => m => m.Likes >= 1000,
            "likes:{5000 TO 150000}" => m => m.Likes is > 5000 and < 150000,
            "likes:0" => m => m.Likes == 0,
            "author_followers:[* TO 70000]" => m => m.AuthorFollowers <= 70000,
            "rating:[2 TO 4]" => m => m.Rating is >= 2 and <= 4,
            "risk:[0.25 TO 0.75]" => m => m.Enrichment.Risk is >= 0.25 and <= 0.75,
            "risk:{0.5 TO *]" => m => m.Enrichment.Risk > 0.5,
            "risk:[* TO 0.1}" => m => m.Enrichment.Risk < 0.1,
            // Ends inside a bucket (a hundredth), and a range inside one bucket.
            "risk:[0.333 TO 0.6666]" => m => m.Enrichment.Risk is >= 0.333 and <= 0.6666,
            "risk:[0.4212 TO 0.4288]" => m => m.Enrichment.Risk is >= 0.4212 and <= 0.4288,
            "sentiment_score:[-0.123 TO 0.456}" => m => m.Enrichment.SentimentScore is >= -0.123 and < 0.456,
            // A mention without a sentiment score is in no range, even one holding 0.
            "sentiment_score:[-0.5 TO 0.5]" => m => m.Enrichment.SentimentScore is >= -0.5 and <= 0.5,
            "sentiment_score:{0.25 TO *]" => m => m.Enrichment.SentimentScore > 0.25,
            // An inclusive upper day covers the whole day.
            "published_at:[2026-09-10 TO 2026-10-20]" => m => m.PublishedAt >= day(9) && m.PublishedAt < day(50),
            "published_at:{2026-09-10T00:00:00Z TO *]" => m => m.PublishedAt > day(9),
            "collected_at:[2026-10-01 TO *]" => m => m.CollectedAt >= day(30),
            _ => throw new ArgumentOutOfRangeException(nameof(query)),
        };
    }

    private static async Task<long> TotalAsync(IMentionIndex index, MentionFilter filter) =>
        (await index.SearchAsync(new SearchRequest(filter) { Limit = 0 }, CancellationToken.None)).Total;

    // Values spread over every magnitude, so that ranges cross the coarse levels of both precision steps.
    private static List<Mention> Corpus(int count)
    {
        var random = new Random(7);
        return Enumerable.Range(0, count).Select(i => new Mention
        {
            Id = "n" + i,
            Source = "import",
            Text = "numbers " + i,
            PublishedAt = Start.AddMilliseconds(random.NextInt64(90L * 24 * 3600 * 1000)),
            CollectedAt = Start.AddMilliseconds(random.NextInt64(90L * 24 * 3600 * 1000)),
            Likes = i % 10 == 0 ? 0 : (long)Math.Pow(10, random.NextDouble() * 5.5),
            AuthorFollowers = random.NextInt64(1_000_000),
            Rating = random.Next(1, 6),
            Enrichment = new Enrichment { Risk = random.NextDouble(), SentimentScore = i % 7 == 0 ? null : (random.NextDouble() * 2) - 1 },
        }).ToList();
    }
}
