namespace SocialListening.Ingestion.Http;

/// <summary>Reads a response body up to a size limit, so a hostile or broken server cannot exhaust memory.</summary>
public static class HttpBody
{
    public static async Task<byte[]> ReadAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new CrawlException($"{response.RequestMessage?.RequestUri}: the response is {response.Content.Headers.ContentLength} bytes, over the limit of {maxBytes}.");
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new CrawlException($"{response.RequestMessage?.RequestUri}: the response is over the limit of {maxBytes} bytes.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
