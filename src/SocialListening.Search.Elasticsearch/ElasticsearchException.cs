using System.Net;

namespace SocialListening.Search.Elasticsearch;

/// <summary>Elasticsearch answered with an error, or could not be reached; the message names the request and the reason.</summary>
public class ElasticsearchException(string message, HttpStatusCode? status = null, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>One mention Elasticsearch refused for good (a mapping error, a document too large...).</summary>
public sealed record RejectedMention(string Source, string Id, int Status, string Reason);

/// <summary>
/// Some mentions of a write were refused even after retries. Every other mention of the write is indexed; the
/// checkpoints of the write were not stored, so an import resumes before this batch.
/// </summary>
public sealed class ElasticsearchBulkException(IReadOnlyList<RejectedMention> rejected)
    : ElasticsearchException(Describe(rejected))
{
    public IReadOnlyList<RejectedMention> Rejected { get; } = rejected;

    private static string Describe(IReadOnlyList<RejectedMention> rejected)
    {
        var first = string.Join("; ", rejected.Take(5).Select(r => $"{r.Source}/{r.Id}: {r.Status} {r.Reason}"));
        return $"Elasticsearch rejected {rejected.Count} mention(s): {first}{(rejected.Count > 5 ? "; ..." : "")}";
    }
}
