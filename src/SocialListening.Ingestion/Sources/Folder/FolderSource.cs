using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Import;

namespace SocialListening.Ingestion.Sources.Folder;

/// <summary>
/// A watched folder of JSON Lines or CSV drops (the import format). Files are read in name order, in batches whose
/// cursor is the file and byte offset; a finished file is moved to <c>done/</c> once its last batch is committed.
/// Records keep their own <c>source</c> field, as with <c>sl import</c>.
/// </summary>
public sealed class FolderSource(SourceDefinition definition, SourceServices services) : ISource
{
    private readonly ILogger _logger = services.Logs.CreateLogger<FolderSource>();
    private readonly string _folder = definition.Parameter("path") ?? definition.Url
        ?? throw new SourceConfigurationException($"source '{definition.Name}' (folder): parameter 'path' is required.");
    private readonly int _batchSize = definition.IntParameter("batch_size", 500);

    public string Name => definition.Name;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_folder))
        {
            throw new SourceConfigurationException($"source '{Name}' (folder): '{_folder}' does not exist.");
        }
        var parser = new MentionRecordParser(services.Pseudonymiser, services.Time, MentionRecordParser.DefaultMaxTextLength);
        var files = Directory.EnumerateFiles(_folder)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".csv")
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in files)
        {
            var identity = Identity(path);
            if (cursor.LastId == identity)
            {
                // Committed in full by a run that stopped before moving it.
                MoveToDone(path);
                continue;
            }
            var (offset, line) = cursor.Page is { } page && page.StartsWith(identity + "\t", StringComparison.Ordinal) ? Position(page[(identity.Length + 1)..]) : (0L, 0L);
            var reader = RecordReader.For(ImportFormats.Detect(path), 1 << 20);
            IReadOnlyList<string>? header = null;
            if (offset > 0)
            {
                await using var headerStream = File.OpenRead(path);
                header = await reader.ReadHeaderAsync(headerStream, cancellationToken).ConfigureAwait(false);
            }
            await using (var stream = File.OpenRead(path))
            {
                stream.Seek(offset, SeekOrigin.Begin);
                var mentions = new List<Mention>();
                var skipped = 0;
                long lastLine = line;
                await foreach (var record in reader.ReadAsync(stream, offset, line, header, cancellationToken).ConfigureAwait(false))
                {
                    lastLine = record.Line;
                    var (mention, error) = record.Fields is null ? (null, record.Error) : parser.Parse(record.Fields);
                    if (mention is null)
                    {
                        skipped++;
                        _logger.LogWarning("{Source}: {File} line {Line}: {Error}", Name, Path.GetFileName(path), record.Line, error);
                    }
                    else
                    {
                        mentions.Add(mention);
                    }
                    if (mentions.Count + skipped >= _batchSize)
                    {
                        cursor = cursor with { Page = $"{identity}\t{reader.Offset.ToString(CultureInfo.InvariantCulture)}\t{lastLine.ToString(CultureInfo.InvariantCulture)}" };
                        yield return new SourceBatch(mentions, cursor, skipped);
                        mentions = [];
                        skipped = 0;
                    }
                }
                cursor = cursor with { LastId = identity, Page = null };
                yield return new SourceBatch(mentions, cursor, skipped);
            }
            MoveToDone(path);
        }
    }

    // Name, size and modification time: a new drop with a reused name is a different file.
    private static string Identity(string path)
    {
        var info = new FileInfo(path);
        return $"{info.Name}|{info.Length.ToString(CultureInfo.InvariantCulture)}|{info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)}";
    }

    private static (long Offset, long Line) Position(string text)
    {
        var parts = text.Split('\t');
        return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var offset) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var line)
            ? (offset, line)
            : (0, 0);
    }

    private void MoveToDone(string path)
    {
        var done = Path.Combine(_folder, "done");
        Directory.CreateDirectory(done);
        File.Move(path, Path.Combine(done, Path.GetFileName(path)), overwrite: true);
        _logger.LogInformation("{Source}: {File} collected and moved to done/", Name, Path.GetFileName(path));
    }
}
