using System.Text;
using System.Text.Json;
using SocialListening.Core.Index;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Import;
using SocialListening.Search.Lucene;

namespace SocialListening.Ingestion.Tests;

public sealed class FileImporterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private FileImporter Importer(IMentionIndex index, int batchSize = 2_000, int maxTextLength = MentionRecordParser.DefaultMaxTextLength) =>
        new(index, [], new MentionRecordParser(new AuthorPseudonymiser(new byte[32]), TimeProvider.System, maxTextLength),
            new ImportOptions { RejectsDirectory = Path.Combine(_folder, "rejects"), BatchSize = batchSize, MaxLineBytes = 4096 });

    private static string Line(string id, string text = "bonjour", string date = "2026-11-02T09:14:00+01:00", string extra = "") =>
        $"{{\"id\":\"{id}\",\"source\":\"import\",\"text\":\"{text}\",\"published_at\":\"{date}\"{extra}}}";

    private static async Task<long> Count(IMentionIndex index) =>
        (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Limit = 0 }, CancellationToken.None)).Total;

    private static List<(long Line, string Reason)> Rejects(string path) =>
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("line").GetInt64(), e.GetProperty("reason").GetString()!)).ToList();

    [Fact]
    public async Task Bad_records_are_rejected_with_their_line_and_reason_and_the_rest_goes_in()
    {
        var lines = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(Line("1")),
            Encoding.UTF8.GetBytes("{\"id\":\"2\",\"source\":\"import\",\"text\":\"broken"),
            Encoding.UTF8.GetBytes("{\"id\":\"3\",\"source\":\"import\",\"published_at\":\"2026-11-02T09:00:00Z\"}"),
            Encoding.UTF8.GetBytes(Line("4", date: "yesterday")),
            Encoding.UTF8.GetBytes("{\"id\":\"5\",\"source\":\"import\",\"text\":\"caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\",\"published_at\":\"2026-11-02T09:00:00Z\"}")).ToArray(),
            Encoding.UTF8.GetBytes(Line("6", new string('x', 200))),
            Encoding.UTF8.GetBytes(Line("7", extra: ",\"likes\":-3")),
            Encoding.UTF8.GetBytes(Line("8", extra: ",\"rating\":9")),
            Encoding.UTF8.GetBytes("[1,2,3]"),
            Encoding.UTF8.GetBytes(Line("10", new string('y', 5000))),
            Encoding.UTF8.GetBytes(Line("11", "l'appli 😡", extra: ",\"author\":\"@Marie\",\"likes\":\"12\",\"rating\":4")),
        };
        var path = Write("mixed.jsonl", lines.SelectMany(l => l.Concat("\n"u8.ToArray())).ToArray());
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index"));

        var result = await Importer(index, batchSize: 3, maxTextLength: 100).ImportAsync(path, null, CancellationToken.None);

        Assert.Equal((2, 0, 9), (result.Accepted, result.Duplicates, result.Rejected));
        var rejects = Rejects(result.RejectsPath!);
        Assert.Equal(new long[] { 2, 3, 4, 5, 6, 7, 8, 9, 10 }, rejects.Select(r => r.Line));
        Assert.Contains("malformed JSON", rejects[0].Reason);
        Assert.Contains("missing required field text", rejects[1].Reason);
        Assert.Contains("published_at", rejects[2].Reason);
        Assert.Contains("invalid UTF-8", rejects[3].Reason);
        Assert.Contains("over the limit", rejects[4].Reason);
        Assert.Contains("likes", rejects[5].Reason);
        Assert.Contains("rating", rejects[6].Reason);
        Assert.Contains("one JSON object", rejects[7].Reason);
        Assert.Contains("longer than", rejects[8].Reason);
        var stored = (await index.SearchAsync(new SearchRequest(new MentionFilter { Query = "id:11" }), CancellationToken.None)).Hits.Single();
        Assert.True(AuthorPseudonymiser.IsPseudonym(stored.Author!));
        Assert.Equal((12L, 4), (stored.Likes, stored.Rating!.Value));
    }

    [Fact]
    public async Task Reimporting_a_file_adds_nothing_and_counts_duplicates()
    {
        var path = Write("a.jsonl", string.Join("\n", Enumerable.Range(0, 50).Select(i => Line($"m{i}"))) + "\n" + Line("m0"));
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index"));

        var first = await Importer(index, batchSize: 7).ImportAsync(path, null, CancellationToken.None);
        var second = await Importer(index, batchSize: 7).ImportAsync(path, null, CancellationToken.None);

        Assert.Equal((50, 1), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 51), (second.Accepted, second.Duplicates));
        Assert.Null(second.RejectsPath);
        Assert.Equal(50, await Count(index));
    }

    [Fact]
    public async Task Csv_with_header_quotes_commas_and_line_breaks_is_read_record_by_record()
    {
        var csv = "id,source,text,published_at,likes,lang\n" +
                  "c1,reviews,\"Bien, mais \"\"cher\"\"\",2026-11-02T10:00:00+01:00,3,fr\n" +
                  "c2,reviews,\"Deux lignes\nde texte\",2026-11-02,0,fr\n" +
                  "c3,reviews,too,many,fields,here,x\n" +
                  "c4,reviews,ok,2026-11-03T00:00:00Z,,en\n";
        var path = Write("r.csv", csv);
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index"));

        var result = await Importer(index).ImportAsync(path, null, CancellationToken.None);

        Assert.Equal((3, 1), (result.Accepted, result.Rejected));
        Assert.Equal(new long[] { 5 }, Rejects(result.RejectsPath!).Select(r => r.Line));
        var hits = (await index.SearchAsync(new SearchRequest(MentionFilter.All) { Sort = SearchSort.Oldest }, CancellationToken.None)).Hits;
        Assert.Equal("Bien, mais \"cher\"", hits[1].Text);
        Assert.Equal("Deux lignes\nde texte", hits[0].Text);
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_its_last_commit_without_losing_or_duplicating()
    {
        var lines = Enumerable.Range(0, 300).Select(i => i % 10 == 9 ? "{bad json " + i : Line($"r{i}")).ToArray();
        var path = Write("big.jsonl", string.Join("\n", lines) + "\n");
        var indexPath = Path.Combine(_folder, "index");
        using (var index = new LuceneMentionIndex(indexPath))
        {
            using var cancel = new CancellationTokenSource();
            var stopping = new StopAfterWrites(index, 4, cancel);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer(stopping, batchSize: 25).ImportAsync(path, null, cancel.Token));
            Assert.Equal(90, await Count(index));
        }

        using var reopened = new LuceneMentionIndex(indexPath);
        var result = await Importer(reopened, batchSize: 25).ImportAsync(path, null, CancellationToken.None);

        Assert.True(result.ResumedFromLine > 0);
        Assert.Equal(270, await Count(reopened));
        Assert.Equal((270, 0, 30), (result.Accepted, result.Duplicates, result.Rejected));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)(i * 10 + 10)), Rejects(result.RejectsPath!).Select(r => r.Line));
        Assert.DoesNotContain((await reopened.GetCheckpointsAsync(CancellationToken.None)).Keys, k => k.StartsWith("import:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chunks_handed_to_the_index_but_not_committed_are_taken_back_and_read_again_on_resume()
    {
        // Commits of two chunks: the power is cut when the fourth chunk comes, after the third went into the index
        // uncommitted. Those mentions must not survive into a later commit (they would then count as duplicates).
        var count = 3 * FileImporter.ChunkSize + 100;
        var path = Write("cut.jsonl", string.Join("\n", Enumerable.Range(0, count).Select(i => Line($"c{i}"))) + "\n");
        var indexPath = Path.Combine(_folder, "index");
        using (var index = new LuceneMentionIndex(indexPath))
        {
            using var cancel = new CancellationTokenSource();
            var stopping = new StopAfterWrites(index, int.MaxValue, cancel, adds: 3);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer(stopping, batchSize: 2 * FileImporter.ChunkSize).ImportAsync(path, null, cancel.Token));
            Assert.Equal(2 * FileImporter.ChunkSize, await Count(index));
            // The index takes writes again once the batch is given up.
            await index.WriteAsync([], null, CancellationToken.None);
            Assert.Equal(2 * FileImporter.ChunkSize, await Count(index));
        }

        using var reopened = new LuceneMentionIndex(indexPath);
        Assert.Equal(2 * FileImporter.ChunkSize, await Count(reopened));
        var result = await Importer(reopened, batchSize: 2 * FileImporter.ChunkSize).ImportAsync(path, null, CancellationToken.None);

        Assert.Equal(2 * FileImporter.ChunkSize, result.ResumedFromLine);
        Assert.Equal(((long)count, 0L), (result.Accepted, result.Duplicates));
        Assert.Equal(count, await Count(reopened));
    }

    [Fact]
    public async Task Chunks_are_gathered_into_commits_of_the_batch_size_with_their_rejects()
    {
        var count = 2 * FileImporter.ChunkSize + 1_500;
        var lines = Enumerable.Range(0, count).Select(i => i % 100 == 99 ? "{bad json " + i : Line($"g{i}"));
        var path = Write("grouped.jsonl", string.Join("\n", lines) + "\n");
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index"));
        var counting = new StopAfterWrites(index, int.MaxValue, new CancellationTokenSource());

        var result = await Importer(counting, batchSize: 2 * FileImporter.ChunkSize).ImportAsync(path, null, CancellationToken.None);

        // Two commits of records (the batch size, then the rest), then the one that forgets the file's position.
        Assert.Equal(new[] { 2 * FileImporter.ChunkSize / 100 * 99, 1_485, 0 }, counting.Sizes);
        Assert.Equal((count - count / 100, count / 100), (result.Accepted, result.Rejected));
        Assert.Equal(result.Accepted, await Count(index));
        Assert.Equal(count / 100, Rejects(result.RejectsPath!).Count);
    }

    [Fact]
    public void When_the_index_fails_the_reader_and_the_analysis_stop_and_let_their_chunks_go()
    {
        // Chunks of one record: the channels between the stages fill after a few records, and the reader and the
        // analysis then wait for room. The first chunk the index is given fails (a full disk). They must stop too,
        // not wait forever holding their chunks: a service's import jobs run under a token that lives as long as the
        // process, and a wait registered on it keeps everything it holds reachable.
        var path = Write("stuck.jsonl", string.Join("\n", Enumerable.Range(0, 200).Select(i => Line($"s{i}"))) + "\n");
        using var index = new LuceneMentionIndex(Path.Combine(_folder, "index"));
        var seen = new SeenMentions();
        var importer = new FileImporter(new FailingAdds(index), [seen], new MentionRecordParser(new AuthorPseudonymiser(new byte[32]), TimeProvider.System, MentionRecordParser.DefaultMaxTextLength),
            new ImportOptions { RejectsDirectory = Path.Combine(_folder, "rejects"), BatchSize = 1 });
        using var lifetime = new CancellationTokenSource();

        ImportFailing(importer, path, lifetime.Token);

        Assert.InRange(seen.Count, 1, 199);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(0, seen.Alive());
        GC.KeepAlive(lifetime);
    }

    // Outside the test's own frame and state machine, so that nothing of the failed import stays reachable from them.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ImportFailing(FileImporter importer, string path, CancellationToken cancellationToken) =>
        Assert.Throws<IOException>(() => importer.ImportAsync(path, null, cancellationToken).GetAwaiter().GetResult());

    /// <summary>Remembers the mentions it analysed without keeping them alive.</summary>
    private sealed class SeenMentions : Core.Analysis.IEnrichmentStage
    {
        private readonly List<WeakReference<Core.Mentions.Mention>> _seen = [];

        public int Count
        {
            get
            {
                lock (_seen)
                {
                    return _seen.Count;
                }
            }
        }

        public void Enrich(Core.Mentions.Mention[] batch)
        {
            lock (_seen)
            {
                _seen.AddRange(batch.Select(m => new WeakReference<Core.Mentions.Mention>(m)));
            }
        }

        public int Alive()
        {
            lock (_seen)
            {
                return _seen.Count(w => w.TryGetTarget(out _));
            }
        }
    }

    /// <summary>The real index, whose batches fail when given mentions, as on a full disk.</summary>
    private sealed class FailingAdds(IMentionIndex inner) : PassThroughIndex(inner)
    {
        public override async Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) => new Batch(await Inner.BeginBatchAsync(cancellationToken));

        private sealed class Batch(IMentionBatch batch) : IMentionBatch
        {
            public Task AddAsync(IReadOnlyList<Core.Mentions.Mention> mentions, CancellationToken cancellationToken) =>
                Task.FromException(new IOException("No space left on device"));

            public Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken) =>
                batch.CommitAsync(checkpoints, cancellationToken);

            public ValueTask DisposeAsync() => batch.DisposeAsync();
        }
    }

    /// <summary>The real index, with the power cut after a number of commits, or of parts handed to batches.</summary>
    private sealed class StopAfterWrites(IMentionIndex inner, int writes, CancellationTokenSource cancel, int adds = int.MaxValue) : PassThroughIndex(inner)
    {
        private int _done;
        private int _added;

        private async Task CountAddAsync(CancellationToken cancellationToken)
        {
            if (++_added > adds)
            {
                await cancel.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        /// <summary>The number of mentions of each write or batch commit.</summary>
        public List<int> Sizes { get; } = [];

        public override async Task<WriteResult> WriteAsync(IReadOnlyList<Core.Mentions.Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
        {
            await CountAsync(cancellationToken);
            Sizes.Add(mentions.Count);
            return await Inner.WriteAsync(mentions, checkpoints, cancellationToken);
        }

        public override async Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) =>
            new Batch(this, await Inner.BeginBatchAsync(cancellationToken));

        private async Task CountAsync(CancellationToken cancellationToken)
        {
            if (++_done > writes)
            {
                await cancel.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private sealed class Batch(StopAfterWrites owner, IMentionBatch batch) : IMentionBatch
        {
            private int _mentions;

            public async Task AddAsync(IReadOnlyList<Core.Mentions.Mention> mentions, CancellationToken cancellationToken)
            {
                await owner.CountAddAsync(cancellationToken);
                _mentions += mentions.Count;
                await batch.AddAsync(mentions, cancellationToken);
            }

            public async Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
            {
                await owner.CountAsync(cancellationToken);
                owner.Sizes.Add(_mentions);
                return await batch.CommitAsync(checkpoints, cancellationToken);
            }

            public ValueTask DisposeAsync() => batch.DisposeAsync();
        }
    }

    /// <summary>An index that hands everything to the real one; the wrappers above change what they test.</summary>
    private abstract class PassThroughIndex(IMentionIndex inner) : IMentionIndex
    {
        protected IMentionIndex Inner { get; } = inner;

        public virtual Task<WriteResult> WriteAsync(IReadOnlyList<Core.Mentions.Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken) =>
            Inner.WriteAsync(mentions, checkpoints, cancellationToken);

        public virtual Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken) => Inner.BeginBatchAsync(cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken) => Inner.GetCheckpointsAsync(cancellationToken);

        public Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken) => Inner.SearchAsync(request, cancellationToken);

        public Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken) => Inner.AggregateAsync(request, cancellationToken);

        public Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken) => Inner.DeleteAsync(filter, cancellationToken);

        public void Dispose()
        {
        }
    }
}
