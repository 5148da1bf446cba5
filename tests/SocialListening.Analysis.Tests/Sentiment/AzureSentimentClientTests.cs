using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SocialListening.Analysis.Sentiment.Azure;
using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

/// <summary>Runs the client against a real HTTP server on loopback that answers like the Analyze Text API.</summary>
public sealed class AzureSentimentClientTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<JsonDocument> _requests = [];
    private readonly Uri _endpoint;
    private int _throttleFirst;

    public AzureSentimentClientTests()
    {
        var port = FreePort();
        _endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(_endpoint.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    [Fact]
    public async Task AnalyzeAsync_SendsBatchesOfTenAndMapsTheScores()
    {
        var client = new AzureSentimentClient(new HttpClient(), new AzureLanguageOptions { Endpoint = _endpoint, ApiKey = "key" });
        var texts = Enumerable.Range(0, 12).Select(i => i == 3 ? "REJECT" : $"texte {i}").ToList();
        var languages = texts.Select((_, i) => i % 2 == 0 ? "fr" : "und").ToList<string?>();

        var results = await client.AnalyzeAsync(texts, languages, TestContext.Current.CancellationToken);

        Assert.Equal(2, _requests.Count);
        Assert.Equal(10, _requests[0].RootElement.GetProperty("analysisInput").GetProperty("documents").GetArrayLength());
        Assert.Equal("SentimentAnalysis", _requests[0].RootElement.GetProperty("kind").GetString());
        var second = _requests[0].RootElement.GetProperty("analysisInput").GetProperty("documents")[1];
        Assert.False(second.TryGetProperty("language", out _));
        Assert.Equal(SentimentLabel.Negative, results[0]!.Label);
        Assert.Equal(0.8f, results[0]!.Negative, 3);
        Assert.Equal(SentimentLabel.Positive, results[1]!.Label);
        Assert.Null(results[3]);
        Assert.Equal(12, results.Count);
    }

    [Fact]
    public async Task AnalyzeAsync_RetriesAfterThrottling()
    {
        _throttleFirst = 1;
        var client = new AzureSentimentClient(new HttpClient(), new AzureLanguageOptions { Endpoint = _endpoint, ApiKey = "key" });

        var results = await client.AnalyzeAsync(["texte 0"], ["fr"], TestContext.Current.CancellationToken);

        Assert.Equal(SentimentLabel.Negative, results[0]!.Label);
    }

    [Fact]
    public void Stage_takes_the_services_sentiment_and_keeps_the_local_one_where_the_service_rejects_a_document()
    {
        var stage = new AzureSentimentStage(new AzureSentimentClient(new HttpClient(), new AzureLanguageOptions { Endpoint = _endpoint, ApiKey = "key" }));
        var local = new SocialListening.Core.Mentions.Enrichment { Sentiment = SentimentLabel.Neutral, SentimentScore = 0 };
        var batch = new[] { "texte 0", "REJECT" }
            .Select((t, i) => new SocialListening.Core.Mentions.Mention { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Source = "t", Text = t, Lang = "fr", PublishedAt = DateTimeOffset.UnixEpoch, Enrichment = local })
            .ToArray();

        stage.Enrich(batch);

        Assert.Equal(SentimentLabel.Negative, batch[0].Enrichment.Sentiment);
        Assert.Equal(-0.75, batch[0].Enrichment.SentimentScore!.Value, 3);
        Assert.Equal(SentimentLabel.Neutral, batch[1].Enrichment.Sentiment);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            if (Interlocked.Exchange(ref _throttleFirst, 0) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.AddHeader("Retry-After", "0");
                context.Response.Close();
                continue;
            }
            var ok = context.Request.Url!.AbsolutePath == "/language/:analyze-text" && context.Request.Headers["Ocp-Apim-Subscription-Key"] == "key";
            using var reader = new StreamReader(context.Request.InputStream);
            var request = JsonDocument.Parse(await reader.ReadToEndAsync());
            lock (_requests)
            {
                _requests.Add(request);
            }
            var documents = new List<string>();
            var errors = new List<string>();
            foreach (var document in request.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray())
            {
                var id = document.GetProperty("id").GetString();
                var text = document.GetProperty("text").GetString();
                if (text == "REJECT")
                {
                    errors.Add($$$"""{"id":"{{{id}}}","error":{"code":"InvalidArgument","message":"Invalid document."}}""");
                    continue;
                }
                var (sentiment, scores) = int.Parse(id!) % 2 == 0
                    ? ("negative", """{"negative":0.8,"neutral":0.15,"positive":0.05}""")
                    : ("mixed", """{"negative":0.3,"neutral":0.2,"positive":0.5}""");
                documents.Add($$$"""{"id":"{{{id}}}","sentiment":"{{{sentiment}}}","confidenceScores":{{{scores}}},"sentences":[],"warnings":[]}""");
            }
            var body = $$$"""{"kind":"SentimentAnalysisResults","results":{"documents":[{{{string.Join(',', documents)}}}],"errors":[{{{string.Join(',', errors)}}}],"modelVersion":"2022-11-01"}}""";
            var bytes = Encoding.UTF8.GetBytes(ok ? body : """{"error":{"code":"401"}}""");
            context.Response.StatusCode = ok ? 200 : 401;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
