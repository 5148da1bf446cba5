using System.Net;
using System.Text;

namespace SocialListening.Ingestion.Http;

/// <summary>A fetched response: 200 with its body, or 304 when the conditional GET found nothing new.</summary>
public sealed record HttpFetch(HttpStatusCode Status, byte[] Body, string? ETag, string? LastModified, Uri FinalUri, string? ContentType)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>Validators from the previous fetch of the same URL, for a conditional GET.</summary>
public sealed record ConditionalHeaders(string? ETag, string? LastModified)
{
    public static readonly ConditionalHeaders None = new(null, null);
}
