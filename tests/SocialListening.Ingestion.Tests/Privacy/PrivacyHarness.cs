using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Triage;
using SocialListening.Search.Lucene;

namespace SocialListening.Ingestion.Tests.Privacy;

/// <summary>A real Lucene index and a real state.db in a temporary folder, with a key ring of a retired and a current key.</summary>
internal sealed class PrivacyHarness : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-privacy-").FullName;

    public PrivacyHarness(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Index = new LuceneMentionIndex(Path.Combine(_folder, "index"));
        Retired = new AuthorPseudonymiser(RandomNumberGenerator.GetBytes(32));
        Current = new AuthorPseudonymiser(RandomNumberGenerator.GetBytes(32));
        Keys = new AuthorKeyRing(Current, [Retired]);
        Audit = new PrivacyAuditStore(StatePath);
        State = new MentionState(StatePath);
        Triage = new TriageStore(StatePath, Time);
    }

    public string Folder => _folder;
    public string StatePath => Path.Combine(_folder, "state.db");
    public TimeProvider Time { get; }
    public LuceneMentionIndex Index { get; }
    public AuthorPseudonymiser Retired { get; }
    public AuthorPseudonymiser Current { get; }
    public AuthorKeyRing Keys { get; }
    public PrivacyAuditStore Audit { get; }
    public MentionState State { get; }
    public TriageStore Triage { get; }

    public AuthorEraser Eraser(params string[] rawFolders) => new(Index, Keys, Audit, State, Time, rawFolders);

    public AuthorExporter Exporter() => new(Index, Keys, Audit, Triage, State, Time);

    public IngestGate Gate(RetentionPolicy? policy = null) => new(policy ?? RetentionPolicy.Standard, Audit, Keys, Time);

    public static Mention Mention(string source, string id, string? author, DateTimeOffset published, string text = "Mandarine encore en panne") => new()
    {
        Id = id,
        Source = source,
        Text = text,
        PublishedAt = published,
        Author = author,
        Enrichment = new Enrichment { Brands = ["mandarine"], Sentiment = Sentiment.Negative, Complaint = true },
    };

    public Task WriteAsync(params Mention[] mentions) => Index.WriteAsync(mentions, null, TestContext.Current.CancellationToken);

    public async Task<string[]> IdsAsync() =>
        [.. (await Index.ReadAllAsync(MentionFilter.All, TestContext.Current.CancellationToken)).Select(m => m.Id).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        Index.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
