using SocialListening.Core.Index;
using SocialListening.Search.Contract;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>
/// The shared index contract against a real cluster: set SL_ELASTICSEARCH_URL (and SL_ELASTICSEARCH_API_KEY, or
/// SL_ELASTICSEARCH_USERNAME and SL_ELASTICSEARCH_PASSWORD; SL_ELASTICSEARCH_INSECURE=1 for a self-signed local
/// cluster). Each test uses its own index prefix (sl-contract-...) and deletes its indexes afterwards. Without
/// the variable every test is reported as skipped, with the reason.
/// </summary>
public sealed class ElasticsearchMentionIndexContractTests : MentionIndexContract, IAsyncLifetime
{
    private static readonly Uri? Url = Uri.TryCreate(Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_URL"), UriKind.Absolute, out var url) ? url : null;
    private const string SkipReason = "SL_ELASTICSEARCH_URL is not set (see README, 'Scaling out'): the Elasticsearch contract suite needs a cluster.";
    private static int _announced;
    private string? _prefix;

    protected override IMentionIndex Open(string folder)
    {
        if (Url is null)
        {
            if (Interlocked.Exchange(ref _announced, 1) == 0)
            {
                TestContext.Current.SendDiagnosticMessage("Elasticsearch contract suite skipped: " + SkipReason);
            }
            Assert.Skip(SkipReason);
        }
        // One prefix per test, derived from its private folder, so that Reopen() finds the same indexes.
        _prefix = "sl-contract-" + Path.GetFileName(folder).Replace("sl-contract-", "", StringComparison.Ordinal)[..12];
        return new ElasticsearchMentionIndex(Options(_prefix));
    }

    private static ElasticsearchOptions Options(string prefix) => new()
    {
        Url = Url!,
        IndexPrefix = prefix,
        ApiKey = Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_API_KEY"),
        Username = Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_USERNAME"),
        Password = Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_PASSWORD"),
        CaCertificatePath = Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_CA_CERTIFICATE"),
        InsecureSkipVerify = Environment.GetEnvironmentVariable("SL_ELASTICSEARCH_INSECURE") == "1",
        Replicas = 0,
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    // Index deletion is test housekeeping, not something the backend ever does. Names are explicit because
    // clusters refuse wildcard deletions by default (action.destructive_requires_name).
    public async ValueTask DisposeAsync()
    {
        Dispose();
        if (_prefix is null)
        {
            return;
        }
        var options = Options(_prefix);
        using var http = ElasticsearchHttp.CreateClient(options);
        foreach (var path in new[] { $"/{_prefix}-mentions-000001", $"/{_prefix}-checkpoints", $"/_index_template/{_prefix}-mentions" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(options.Url, path));
            request.Headers.Authorization = ElasticsearchHttp.Authorization(options);
            using var _ = await http.SendAsync(request);
        }
    }
}
