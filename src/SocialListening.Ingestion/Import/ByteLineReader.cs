namespace SocialListening.Ingestion.Import;

/// <summary>
/// Reads a stream line by line as raw bytes, so that invalid UTF-8 is reported per line instead of being silently
/// replaced, and a line longer than the limit is skipped (and reported) without ever being held in memory.
/// Tracks the byte offset after each line, which is what an import checkpoint records to resume.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long startOffset, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private byte[] _line = new byte[4096];

    /// <summary>Byte offset just after the last line returned.</summary>
    public long Offset { get; private set; } = startOffset;

    /// <summary>Reads the next line without its line ending. Returns false at the end of the stream.</summary>
    public async ValueTask<LineRead?> ReadAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        var tooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (_end == 0)
                {
                    return sawAny ? Finish(length, tooLong) : null;
                }
            }
            sawAny = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (!tooLong)
            {
                if (length + take > maxLineBytes)
                {
                    tooLong = true;
                }
                else
                {
                    EnsureCapacity(length + take);
                    span[..take].CopyTo(_line.AsSpan(length));
                    length += take;
                }
            }
            Offset += take;
            _start += take;
            if (newline >= 0)
            {
                _start++;
                Offset++;
                return Finish(length, tooLong);
            }
        }
    }

    private LineRead Finish(int length, bool tooLong)
    {
        if (tooLong)
        {
            return new LineRead(ReadOnlyMemory<byte>.Empty, TooLong: true);
        }
        if (length > 0 && _line[length - 1] == '\r')
        {
            length--;
        }
        return new LineRead(_line.AsMemory(0, length), TooLong: false);
    }

    private void EnsureCapacity(int size)
    {
        if (size > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(size, _line.Length * 2));
        }
    }
}

/// <summary>A line's bytes (valid until the next read), or the fact that it was over the size limit.</summary>
internal readonly record struct LineRead(ReadOnlyMemory<byte> Bytes, bool TooLong);
