using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialListening.Analysis.Matching;
using SocialListening.Analysis.Topics;
using SocialListening.Api;
using SocialListening.Api.Security;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Import;
using SocialListening.Search.Lucene;

[assembly: AssemblyFixture(typeof(SocialListening.Api.Tests.ApiFixture))]

namespace SocialListening.Api.Tests;

/// <summary>
/// The real API on Kestrel (127.0.0.1, a free port) over a temporary data folder holding the demo corpus, imported
/// as `sl demo` does, plus a few mentions carrying the complaint/risk scores that later stages will fill, so the
/// triage queue has something to rank, and Mandarine's topics saved as `sl topics` saves them. One key per role.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "demo");

    private readonly string _folder = Directory.CreateTempSubdirectory("sl-api-").FullName;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyDictionary<ApiRole, string> Keys { get; private set; } = null!;

    public string DataDirectory => Path.Combine(_folder, "data");

    public static IReadOnlyList<Mention> Scored(DateTimeOffset at) =>
    [
        Complaint("t-high", at, 0.91, ["reach: 12k followers", "outage keywords"], "Encore une panne chez Mandarine, trois jours sans internet #mandarine"),
        Complaint("t-mid", at.AddMinutes(-5), 0.55, ["repeated complaint"], "=HYPERLINK(\"http://evil.example\",\"Mandarine rembourse\") SAV Mandarine injoignable"),
        Complaint("t-low", at.AddMinutes(-10), 0.12, [], "<img src=x onerror=\"document.title='pwned'\"> Mandarine facture fausse"),
    ];

    private static Mention Complaint(string id, DateTimeOffset at, double risk, string[] reasons, string text) => new()
    {
        Id = id,
        Source = "triage-test",
        Text = text,
        PublishedAt = at,
        Lang = "fr",
        Url = $"https://example.org/{id}",
        Enrichment = new Enrichment
        {
            Brands = ["mandarine"],
            Themes = ["network"],
            Sentiment = Sentiment.Negative,
            SentimentScore = -0.8,
            Complaint = true,
            ComplaintProbability = 0.9,
            Risk = risk,
            RiskReasons = reasons,
        },
    };

    public async ValueTask InitializeAsync()
    {
        var config = Path.Combine(Demo, "brands.yaml");
        var catalog = BrandCatalogFile.Load(config);
        using (var index = new LuceneMentionIndex(Path.Combine(DataDirectory, "index")))
        {
            var importer = new FileImporter(index, [new BrandThemeMatcher(catalog)],
                new MentionRecordParser(new AuthorPseudonymiser(AuthorKeyStore.Load(DataDirectory)), TimeProvider.System, MentionRecordParser.DefaultMaxTextLength),
                new ImportOptions { RejectsDirectory = Path.Combine(DataDirectory, "rejects") });
            await importer.ImportAsync(Path.Combine(Demo, "mentions.jsonl"), null, CancellationToken.None);
            await index.WriteAsync(Scored(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)), null, CancellationToken.None);
            // Topics saved for Mandarine only, as `sl topics --brand mandarine` does: the other brands show how to get them.
            var topics = await new TopicInsights(index, catalog, TimeProvider.System).ForBrandAsync(catalog.FindBrand("mandarine")!, null, null, TopicInsights.DefaultTopics, CancellationToken.None);
            TopicReportFile.Save(topics!, DataDirectory);
        }
        var store = new ApiKeyStore(Path.Combine(DataDirectory, "state.db"), TimeProvider.System);
        Keys = Enum.GetValues<ApiRole>().ToDictionary(r => r, r => store.Add(r, "test-" + r.Name()).Key);

        (App, BaseAddress) = await StartAsync(new ApiOptions { DataDirectory = DataDirectory, ConfigPath = config });
    }

    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(ApiOptions options)
    {
        var app = ApiHost.Create(options, "http://127.0.0.1:0", LogLevel.Warning);
        await app.StartAsync();
        return (app, new Uri(app.Urls.First()));
    }

    /// <summary>Stops a server started with <see cref="StartAsync"/> and deletes its temporary folder.</summary>
    public static async Task StopAsync(WebApplication app, string folder)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing handle: the temp folder is cleaned by the OS.
        }
    }

    public HttpClient Client(ApiRole? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", Keys[r]);
        }
        return client;
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<long> CountAsync(string query) =>
        (await Client(ApiRole.Viewer).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/search?limit=0&q={Uri.EscapeDataString(query)}", TestContext.Current.CancellationToken)).GetProperty("total").GetInt64();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing handle: the temp folder is cleaned by the OS.
        }
    }
}
