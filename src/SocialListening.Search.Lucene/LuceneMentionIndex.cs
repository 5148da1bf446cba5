using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SocialListening.Search.Lucene;

/// <summary>
/// The embedded mention index: Lucene.NET in one folder on disk. Readers open the last commit; the first write takes
/// the folder's write lock (one writing process at a time) and from then on searches see near-real-time results.
/// Each <see cref="WriteAsync"/> is one Lucene commit carrying its checkpoints in the commit user data, so a batch
/// and the position it advances to become durable together, or not at all.
/// </summary>
public sealed class LuceneMentionIndex : IMentionIndex
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = MentionAnalyzer.Create();
    private readonly QueryLimits _limits;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _openLock = new();
    // Writes are serialised by _writeLock, so one set of reusable fields serves them all.
    private readonly MentionDocument _document = new();
    private IndexWriter? _writer;
    private KnownKeys? _knownKeys;
    private SearcherManager? _searchers;
    private Dictionary<string, string> _checkpoints = new(StringComparer.Ordinal);

    /// <param name="path">The index folder (created when missing).</param>
    /// <param name="limits">What one query may cost; <see cref="QueryLimits.Default"/> when null.</param>
    public LuceneMentionIndex(string path, QueryLimits? limits = null)
    {
        _limits = limits ?? QueryLimits.Default;
        if (_limits.Invalid() is { } invalid)
        {
            throw new ArgumentException($"Query limits: {invalid}.", nameof(limits));
        }
        System.IO.Directory.CreateDirectory(path);
        Path = path;
        _directory = FSDirectory.Open(path);
        if (DirectoryReader.IndexExists(_directory))
        {
            var commits = DirectoryReader.ListCommits(_directory);
            _checkpoints = new Dictionary<string, string>(commits[^1].UserData, StringComparer.Ordinal);
        }
    }

    public string Path { get; }

    public async Task<WriteResult> WriteAsync(IReadOnlyList<Mention> mentions, Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
    {
        await using var batch = await BeginBatchAsync(cancellationToken).ConfigureAwait(false);
        await batch.AddAsync(mentions, cancellationToken).ConfigureAwait(false);
        return await batch.CommitAsync(checkpoints, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A batch holds the index's write lock from here to its commit or disposal (other writes and deletes wait), so
    /// that no other commit can make its mentions durable under checkpoints that do not count them.
    /// </summary>
    public async Task<IMentionBatch> BeginBatchAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer();
            var searchers = Searchers()!;
            // Every earlier write ended with a commit and a refresh, so this searcher already sees all of them.
            var searcher = searchers.Acquire();
            // Built from the first write's searcher, which sees every commit; kept up to date by the lookups since.
            _knownKeys ??= KnownKeys.Of(searcher.IndexReader);
            return new WriteBatch(this, writer, searchers, searcher, new KeyLookup(searcher.IndexReader, _knownKeys));
        }
        catch
        {
            // Opening the writer or its searcher failed (a lock held by another process, a damaged folder): start
            // again from the folder at the next write.
            Discard();
            _writeLock.Release();
            throw;
        }
    }

    public Task<IReadOnlyDictionary<string, string>> GetCheckpointsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(_checkpoints, StringComparer.Ordinal));

    public Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = BuildQuery(request.Filter);
        var limit = Math.Clamp(request.Limit, 0, 10_000);
        return Task.FromResult(WithSearcher(searcher =>
        {
            var sort = request.Sort switch
            {
                SearchSort.Oldest => new Sort(new SortField(MentionFields.PublishedAt, SortFieldType.INT64, false), new SortField(IndexFields.Key, SortFieldType.STRING)),
                SearchSort.Risk => new Sort(new SortField(MentionFields.Risk, SortFieldType.DOUBLE, true), new SortField(IndexFields.Key, SortFieldType.STRING)),
                SearchSort.Relevance => new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.Key, SortFieldType.STRING)),
                _ => new Sort(new SortField(MentionFields.PublishedAt, SortFieldType.INT64, true), new SortField(IndexFields.Key, SortFieldType.STRING)),
            };
            var after = request.Cursor is null ? null : SearchCursor.Decode(request.Cursor, request.Sort);
            var collector = TopFieldCollector.Create(sort, Math.Max(limit, 1), after, true, request.Sort == SearchSort.Relevance, false, false);
            searcher.Search(Rewrite(searcher, query, request.Filter), new DeadlineCollector(collector, _limits, request.Filter.Query, cancellationToken));
            var top = collector.GetTopDocs();
            var hits = top.ScoreDocs.Take(limit).Select(d => MentionDocument.Read(searcher.Doc(d.Doc))).ToArray();
            var next = limit > 0 && top.ScoreDocs.Length == limit ? SearchCursor.Encode((FieldDoc)top.ScoreDocs[^1]) : null;
            return new SearchPage(top.TotalHits, hits, next);
        }, () => new SearchPage(0, [], null)));
    }

    public Task<AggregationResult> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request.GroupBy, allowDate: true);
        if (request.ThenBy is not null)
        {
            Validate(request.ThenBy, allowDate: false);
        }
        var query = BuildQuery(request.Filter);
        return Task.FromResult(WithSearcher(searcher =>
        {
            var counter = new GroupCounter(request);
            searcher.Search(Rewrite(searcher, query, request.Filter), new DeadlineCollector(counter, _limits, request.Filter.Query, cancellationToken));
            return counter.Result();
        }, () => new AggregationResult(0, [])));
    }

    public async Task<long> DeleteAsync(MentionFilter filter, CancellationToken cancellationToken)
    {
        var query = BuildQuery(filter);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer();
            var searchers = Searchers()!;
            searchers.MaybeRefreshBlocking();
            var searcher = searchers.Acquire();
            long count;
            try
            {
                count = searcher.Search(query, 1).TotalHits;
            }
            finally
            {
                searchers.Release(searcher);
            }
            writer.DeleteDocuments(query);
            writer.SetCommitData(_checkpoints);
            writer.Commit();
            searchers.MaybeRefreshBlocking();
            return count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Discard();
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _writeLock.Dispose();
    }

    private Query BuildQuery(MentionFilter filter)
    {
        var parsed = MentionQueryParser.Parse(filter.Query, _analyzer, _limits);
        if (filter.From is null && filter.To is null && filter.Terms.Count == 0)
        {
            return parsed;
        }
        var combined = new BooleanQuery { { parsed, Occur.MUST } };
        if (filter.From is not null || filter.To is not null)
        {
            var range = NumericPrecision.Int64Range(MentionFields.PublishedAt,
                filter.From?.ToUnixTimeMilliseconds(), filter.To?.ToUnixTimeMilliseconds(), true, false);
            combined.Add(new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST);
        }
        foreach (var (field, values) in filter.Terms)
        {
            Validate(field, allowDate: false);
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(field, TextFolding.Fold(value))), Occur.SHOULD);
            }
            combined.Add(new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST);
        }
        return combined;
    }

    // Expands wildcards (each within max_expansions), then bounds the whole query's clauses.
    private Query Rewrite(IndexSearcher searcher, Query query, MentionFilter filter)
    {
        var rewritten = searcher.Rewrite(query);
        _limits.CheckClauses(filter.Query, ClauseCount.Of(rewritten));
        return rewritten;
    }

    private static void Validate(string field, bool allowDate)
    {
        if (!MentionFields.Keywords.Contains(field) && !(allowDate && MentionFields.Dates.Contains(field)))
        {
            throw new QuerySyntaxException(field, $"Cannot group or filter by '{field}': use a keyword field ({string.Join(", ", MentionFields.Keywords.Order())})" + (allowDate ? " or published_at." : "."));
        }
    }


    private T WithSearcher<T>(Func<IndexSearcher, T> search, Func<T> whenEmpty)
    {
        var searchers = Searchers();
        if (searchers is null)
        {
            return whenEmpty();
        }
        // With a writer in this process, searches see commits only: the writer refreshes them after each commit.
        // Refreshing here would open a near-real-time reader on a batch still being written, whose mentions a crash
        // before its commit would take away again (after a triage action on one, say). A reader-only process
        // refreshes to the latest commit another process made.
        if (_writer is null)
        {
            searchers.MaybeRefresh();
        }
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>One commit in parts: each part goes into the writer's buffers as it is added (a buffer that fills up
    /// is flushed to a segment that no commit lists yet); the commit makes them all durable with the checkpoints, and a
    /// batch disposed before its commit rolls the writer back to the last commit.</summary>
    private sealed class WriteBatch(LuceneMentionIndex index, IndexWriter writer, SearcherManager searchers, IndexSearcher searcher, KeyLookup lookup) : IMentionBatch
    {
        // Keys of this batch: a key added twice is one mention, replaced by its last version.
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private int _added;
        private int _replaced;
        private State _state;

        private enum State { Open, Failed, Committed, Disposed }

        public Task AddAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(mentions);
            EnsureOpen();
            try
            {
                foreach (var mention in mentions)
                {
                    var key = MentionDocument.KeyOf(mention);
                    if (!_seen.Add(key) || lookup.Contains(key))
                    {
                        writer.UpdateDocument(MentionQueryParser.KeyTerm(key), index._document.Fields(mention, key));
                        _replaced++;
                    }
                    else
                    {
                        // A key in neither the index nor this batch needs no delete: a buffered delete-by-term costs a
                        // terms lookup in every segment at each commit, the largest write cost once the index is big.
                        writer.AddDocument(index._document.Fields(mention, key));
                        _added++;
                    }
                }
            }
            catch
            {
                // Part of the list may be in the writer's buffers: this batch can only be disposed (rolled back) now.
                _state = State.Failed;
                throw;
            }
            return Task.CompletedTask;
        }

        public Task<WriteResult> CommitAsync(Func<WriteResult, IReadOnlyDictionary<string, string?>>? checkpoints, CancellationToken cancellationToken)
        {
            EnsureOpen();
            _state = State.Failed;
            var result = new WriteResult(_added, _replaced);
            var data = new Dictionary<string, string>(index._checkpoints, StringComparer.Ordinal);
            foreach (var (name, value) in checkpoints?.Invoke(result) ?? new Dictionary<string, string?>())
            {
                if (value is null)
                {
                    data.Remove(name);
                }
                else
                {
                    data[name] = value;
                }
            }
            writer.SetCommitData(data);
            writer.Commit();
            _state = State.Committed;
            index._checkpoints = data;
            searchers.Release(searcher);
            searchers.MaybeRefreshBlocking();
            return Task.FromResult(result);
        }

        public ValueTask DisposeAsync()
        {
            if (_state == State.Disposed)
            {
                return ValueTask.CompletedTask;
            }
            if (_state != State.Committed)
            {
                searchers.Release(searcher);
                // Not committed (failed, cancelled or abandoned): what was added must not reach a later commit.
                index.Discard();
            }
            _state = State.Disposed;
            index._writeLock.Release();
            return ValueTask.CompletedTask;
        }

        private void EnsureOpen()
        {
            ObjectDisposedException.ThrowIf(_state == State.Disposed, this);
            if (_state != State.Open)
            {
                throw new InvalidOperationException(_state == State.Committed ? "The batch is committed." : "A part of the batch failed: dispose it, which rolls it back.");
            }
        }
    }

    private IndexWriter Writer()
    {
        lock (_openLock)
        {
            if (_writer is not null)
            {
                return _writer;
            }
            var config = new IndexWriterConfig(MentionAnalyzer.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
                // Each write commits, so each batch flushes a small segment; packing it into a compound file wrote every
                // byte of it a second time. Separate files cost a few more file handles until merges combine them (the
                // merge policy still packs small merged segments).
                UseCompoundFile = false,
            };
            try
            {
                _writer = new IndexWriter(_directory, config);
            }
            catch (LockObtainFailedException)
            {
                throw new IndexBusyException(Path);
            }
            // Searches from now on see this writer's uncommitted changes too (near-real-time).
            _searchers?.Dispose();
            _searchers = new SearcherManager(_writer, true, null);
            return _writer;
        }
    }

    // A write that failed (disk full, read-only folder) may have buffered documents its commit never saved. Kept, they
    // would be committed later under another batch's checkpoints, and a retry of the same batch would not see them
    // and add them twice; rolled back, the next write starts again from the last commit, as the checkpoints say.
    private void Discard()
    {
        lock (_openLock)
        {
            try
            {
                _writer?.Rollback();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The writer was already closed by the failure itself (a tragic event): nothing is left to roll back.
            }
            _writer = null;
            // The folder's write lock goes with the writer: another process may write before this one writes again,
            // so the keys it knew are rebuilt from the index then.
            _knownKeys = null;
            _searchers?.Dispose();
            _searchers = null;
        }
    }

    private SearcherManager? Searchers()
    {
        lock (_openLock)
        {
            if (_searchers is null && DirectoryReader.IndexExists(_directory))
            {
                _searchers = new SearcherManager(_directory, null);
            }
            return _searchers;
        }
    }
}
