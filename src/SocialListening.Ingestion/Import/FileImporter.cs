using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using SocialListening.Core.Analysis;
using SocialListening.Core.Diagnostics;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Ingestion.Import;

/// <summary>
/// Imports a JSON Lines or CSV file into the index through a three-stage pipeline (read and validate, enrich,
/// write) joined by bounded channels, so a file larger than memory streams through with back-pressure. Records flow
/// in chunks of at most <see cref="ChunkSize"/>; the writer hands each chunk to the index as it comes
/// (<see cref="IMentionBatch"/>) and commits every <see cref="ImportOptions.BatchSize"/> records, a commit that also
/// records the resume position and the length of the rejects file: a run killed at any moment and started again
/// resumes after the last commit, so every valid record ends up indexed exactly once and every reject is listed
/// exactly once.
/// </summary>
public sealed class FileImporter(IMentionIndex index, IReadOnlyList<IEnrichmentStage> stages, MentionRecordParser parser, ImportOptions options, IngestGate? gate = null)
{
    /// <summary>Records per chunk between the pipeline's stages: small enough to keep every stage busy and the
    /// mentions in flight few, whatever the commit size.</summary>
    public const int ChunkSize = 5_000;

    // Most analysed chunks waiting for the writer (see ImportFileAsync).
    private const int EnrichedRoom = 5;

    public async Task<ImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = SlTelemetry.Source.StartActivity("sl.import");
        activity?.SetTag("sl.file", Path.GetFileName(path));
        try
        {
            var result = await ImportFileAsync(path, progress, cancellationToken).ConfigureAwait(false);
            SlTelemetry.MentionsWritten.Add(result.Accepted, new("path", "import"), new("outcome", "added"));
            activity?.SetTag("sl.mentions.accepted", result.Accepted);
            activity?.SetTag("sl.mentions.rejected", result.Rejected);
            return result;
        }
        catch (Exception e)
        {
            SlTelemetry.Fail(activity, e);
            throw;
        }
    }

    private async Task<ImportResult> ImportFileAsync(string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var key = ImportCheckpoint.KeyFor(path);
        var checkpoints = await index.GetCheckpointsAsync(cancellationToken).ConfigureAwait(false);
        var resume = ImportCheckpoint.Parse(checkpoints.GetValueOrDefault(key)) ?? new ImportCheckpoint(0, 0, 0, 0, 0, 0);
        var format = options.Format ?? ImportFormats.Detect(path);
        var reader = RecordReader.For(format, options.MaxLineBytes);

        IReadOnlyList<string>? header = null;
        if (resume.Offset > 0)
        {
            await using var headerStream = File.OpenRead(path);
            header = await reader.ReadHeaderAsync(headerStream, cancellationToken).ConfigureAwait(false);
        }

        Directory.CreateDirectory(options.RejectsDirectory);
        var rejectsPath = Path.Combine(options.RejectsDirectory, $"{Path.GetFileName(path)}.{key[ImportCheckpoint.Prefix.Length..][..8]}.rejects.jsonl");
        await using var rejects = new FileStream(rejectsPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        // Drop whatever was written after the last commit: those rejects will be found again.
        rejects.SetLength(resume.RejectsBytes);
        rejects.Seek(0, SeekOrigin.End);

        var chunk = Math.Clamp(options.BatchSize, 1, ChunkSize);
        var parsed = Channel.CreateBounded<Batch>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        // Room for chunks analysed while the writer commits (the commit flushes and syncs a segment, the longest the
        // writer stops taking chunks), up to EnrichedRoom of them: each is thousands of mentions in memory (with
        // commits of 50,000, a commit's worth of room held 270 MB more at a million mentions).
        var enriched = Channel.CreateBounded<Batch>(new BoundedChannelOptions(Math.Clamp(options.BatchSize / chunk + 1, 2, EnrichedRoom)) { SingleReader = true, SingleWriter = true });
        await using var input = File.OpenRead(path);
        input.Seek(resume.Offset, SeekOrigin.Begin);

        // The reader and the analysis stop with the caller's token, and also when the writer fails: they would
        // otherwise wait forever for room in channels nobody reads, holding their chunks (and, through the caller's
        // token, staying reachable) for as long as that token lives, which in the service is the process's life.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = Task.Run(() => ReadAsync(reader, input, resume, header, chunk, parsed.Writer, progress, stop.Token), stop.Token);
        var enrich = Task.Run(() => EnrichAsync(parsed.Reader, enriched.Writer, stop.Token), stop.Token);
        ImportCheckpoint totals;
        try
        {
            totals = await WriteAsync(enriched.Reader, key, rejects, resume, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(read, enrich).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Their cancellation, or the failure the writer received through the channel: the writer's is reported.
            }
            throw;
        }
        await Task.WhenAll(read, enrich).ConfigureAwait(false);

        // The file is done: forget its position, so importing it again re-reads it (and finds only duplicates).
        await index.WriteAsync([], _ => new Dictionary<string, string?> { [key] = null }, cancellationToken).ConfigureAwait(false);
        var hasRejects = rejects.Length > 0;
        await rejects.DisposeAsync().ConfigureAwait(false);
        if (!hasRejects)
        {
            File.Delete(rejectsPath);
        }
        return new ImportResult(path, totals.Accepted, totals.Duplicates, totals.Rejected, hasRejects ? rejectsPath : null, resume.Line) { Withheld = totals.Withheld };
    }

    private async Task ReadAsync(RecordReader reader, Stream input, ImportCheckpoint resume, IReadOnlyList<string>? header, int chunk,
        ChannelWriter<Batch> output, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new Batch();
            var admission = gate?.Begin();
            long records = 0;
            await foreach (var record in reader.ReadAsync(input, resume.Offset, resume.Line, header, cancellationToken).ConfigureAwait(false))
            {
                records++;
                if (record.Error is not null)
                {
                    batch.Rejects.Add(new Reject(record.Line, record.Error, record.Excerpt));
                }
                else
                {
                    var (mention, error) = parser.Parse(record.Fields!);
                    if (mention is null)
                    {
                        batch.Rejects.Add(new Reject(record.Line, error!, record.Excerpt));
                    }
                    else if (admission is not null && !admission.Admits(mention, record.Fields!.GetValueOrDefault(MentionFields.Author)))
                    {
                        batch.Withheld++;
                    }
                    else
                    {
                        batch.Mentions.Add(mention);
                    }
                }
                batch.LastLine = record.Line;
                batch.Offset = reader.Offset;
                if (batch.Records >= chunk)
                {
                    await output.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new ImportProgress(reader.Offset, input.Length, records));
                    batch = new Batch();
                }
            }
            if (batch.Records > 0)
            {
                await output.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            progress?.Report(new ImportProgress(input.Length, input.Length, records));
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private async Task EnrichAsync(ChannelReader<Batch> input, ChannelWriter<Batch> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var mentions = batch.Mentions.ToArray();
                EnrichmentRunner.Run(stages, mentions);
                batch.Mentions.Clear();
                batch.Mentions.AddRange(mentions);
                await output.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private async Task<ImportCheckpoint> WriteAsync(ChannelReader<Batch> input, string key, FileStream rejects, ImportCheckpoint totals, CancellationToken cancellationToken)
    {
        // Each chunk goes into the index as soon as it is analysed, so that the index works while the next chunks are
        // analysed; chunks are gathered into one commit (each commit flushes a segment and syncs it, and small segments
        // are merged again and again as the index grows, see ImportOptions.BatchSize).
        IMentionBatch? commit = null;
        var pending = new Pending();
        try
        {
            await foreach (var batch in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var reject in batch.Rejects)
                {
                    var line = JsonSerializer.Serialize(new { line = reject.Line, reason = reject.Reason, record = reject.Excerpt }, MentionJson.SerializerOptions);
                    await rejects.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken).ConfigureAwait(false);
                }
                commit ??= await index.BeginBatchAsync(cancellationToken).ConfigureAwait(false);
                await commit.AddAsync(batch.Mentions, cancellationToken).ConfigureAwait(false);
                pending.Add(batch);
                if (pending.Records >= options.BatchSize)
                {
                    totals = await CommitAsync(commit, pending, key, rejects, totals, cancellationToken).ConfigureAwait(false);
                    await commit.DisposeAsync().ConfigureAwait(false);
                    commit = null;
                    pending = new Pending();
                }
            }
            return commit is null ? totals : await CommitAsync(commit, pending, key, rejects, totals, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A commit not made (a failure, a cancellation) takes back what its chunks added: the next run resumes
            // from the last commit and reads them again.
            if (commit is not null)
            {
                await commit.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<ImportCheckpoint> CommitAsync(IMentionBatch commit, Pending pending, string key, FileStream rejects, ImportCheckpoint before, CancellationToken cancellationToken)
    {
        // The rejects must be on disk before the commit that says they are.
        rejects.Flush(flushToDisk: true);
        var after = before;
        await commit.CommitAsync(result =>
        {
            after = before with
            {
                Line = pending.LastLine,
                Offset = pending.Offset,
                RejectsBytes = rejects.Length,
                Accepted = before.Accepted + result.Added,
                Duplicates = before.Duplicates + result.Replaced,
                Rejected = before.Rejected + pending.Rejected,
                Withheld = before.Withheld + pending.Withheld,
            };
            return new Dictionary<string, string?> { [key] = after.Serialize() };
        }, cancellationToken).ConfigureAwait(false);
        return after;
    }

    /// <summary>What the chunks of the commit being gathered add up to (their mentions are in the index's batch).</summary>
    private sealed class Pending
    {
        public long Records { get; private set; }
        public long Rejected { get; private set; }
        public long Withheld { get; private set; }
        public long LastLine { get; private set; }
        public long Offset { get; private set; }

        public void Add(Batch batch)
        {
            Records += batch.Records;
            Rejected += batch.Rejects.Count;
            Withheld += batch.Withheld;
            LastLine = batch.LastLine;
            Offset = batch.Offset;
        }
    }

    private sealed class Batch
    {
        public List<Mention> Mentions { get; } = [];
        public List<Reject> Rejects { get; } = [];
        public long Withheld { get; set; }
        public long LastLine { get; set; }
        public long Offset { get; set; }
        public long Records => Mentions.Count + Rejects.Count + Withheld;
    }

    private sealed record Reject(long Line, string Reason, string Excerpt);
}
