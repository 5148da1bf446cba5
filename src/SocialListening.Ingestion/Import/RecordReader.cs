using System.Runtime.CompilerServices;
using System.Text;

namespace SocialListening.Ingestion.Import;

/// <summary>Reads an input file as records, from a byte offset (to resume), one record per line or CSV row.</summary>
public abstract class RecordReader
{
    protected static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const int ExcerptLength = 200;

    /// <summary>Byte offset just after the last record returned.</summary>
    public long Offset => Lines?.Offset ?? 0;

    private protected ByteLineReader? Lines { get; set; }

    public static RecordReader For(ImportFormat format, int maxLineBytes) => format switch
    {
        ImportFormat.Csv => new CsvRecordReader(maxLineBytes),
        _ => new JsonLinesRecordReader(maxLineBytes),
    };

    /// <param name="stream">The file, positioned at <paramref name="offset"/>.</param>
    /// <param name="offset">Where to resume (0 for the start).</param>
    /// <param name="line">Number of the line before <paramref name="offset"/> (0 for the start).</param>
    /// <param name="header">For a resumed CSV file, the header row read from the start of the file.</param>
    public abstract IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, long offset, long line, IReadOnlyList<string>? header, CancellationToken cancellationToken);

    /// <summary>The CSV header of a file (null for formats without one).</summary>
    public virtual Task<IReadOnlyList<string>?> ReadHeaderAsync(Stream stream, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>?>(null);

    protected static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    protected static string Excerpt(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.Length > ExcerptLength * 4 ? bytes[..(ExcerptLength * 4)] : bytes);
        return text.Length > ExcerptLength ? text[..ExcerptLength] : text;
    }
}

internal sealed class JsonLinesRecordReader(int maxLineBytes) : RecordReader
{
    public override async IAsyncEnumerable<RawRecord> ReadAsync(Stream stream, long offset, long line, IReadOnlyList<string>? header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Lines = new ByteLineReader(stream, offset, maxLineBytes);
        while (await Lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } read)
        {
            line++;
            if (read.TooLong)
            {
                yield return RawRecord.Bad(line, $"line longer than {maxLineBytes} bytes", "");
                continue;
            }
            var bytes = read.Bytes.Span;
            if (bytes.Trim((byte)' ').IsEmpty)
            {
                continue;
            }
            if (!TryDecode(bytes, out var text))
            {
                yield return RawRecord.Bad(line, "invalid UTF-8", Excerpt(bytes));
                continue;
            }
            yield return JsonRecord.Parse(line, text);
        }
    }
}
