using System.Net;

namespace SocialListening.Ingestion.Http;

/// <summary>A fetch that failed for good: after the retries, or with a status that retrying cannot fix.</summary>
public sealed class CrawlException(string message, HttpStatusCode? status = null, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}
