using System.Text;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Crawling;
using SocialListening.Ingestion.Import;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Ingestion.Tests.Privacy;

public sealed class AuthorErasureTests : IDisposable
{
    private static readonly DateTimeOffset Recent = DateTimeOffset.UtcNow.AddDays(-2);
    private readonly PrivacyHarness _h = new();

    public void Dispose() => _h.Dispose();

    private async Task SeedAsync()
    {
        await _h.WriteAsync(
            PrivacyHarness.Mention("mastodon", "m1", _h.Current.Pseudonymise("@Marie_Dupont"), Recent),
            // Pseudonymised before a key rotation: only the retired key finds it.
            PrivacyHarness.Mention("mastodon", "m2", _h.Retired.Pseudonymise("marie_dupont"), Recent.AddHours(-1)),
            PrivacyHarness.Mention("reddit", "r1", _h.Current.Pseudonymise("MARIE_DUPONT"), Recent.AddHours(-2)),
            // Another author, who quotes her handle: her erasure does not reach other people's posts.
            PrivacyHarness.Mention("mastodon", "m3", _h.Current.Pseudonymise("@paul"), Recent, "@marie_dupont a raison, Mandarine en panne"));
        _h.Triage.Record(new MentionKey("mastodon", "m1"), TriageAction.Assign, "camille", "rappeler", "alice");
        _h.Triage.Record(new MentionKey("mastodon", "m3"), TriageAction.Acknowledge, null, null, "alice");
        new EngagementLog(_h.Folder).Record([PrivacyHarness.Mention("mastodon", "m1", null, Recent) with { Likes = 4 }, PrivacyHarness.Mention("mastodon", "m3", null, Recent)], Recent);
        new AlertStateStore(_h.StatePath).MarkSent("risky", "mention:mastodon/m1", Recent);
    }

    [Fact]
    public async Task Forget_erases_the_authors_mentions_under_every_key_with_their_state_rows_and_audits_only_pseudonyms()
    {
        await SeedAsync();
        // A folder source's collected file, kept raw in done/: the handle is there in clear.
        var done = Directory.CreateDirectory(Path.Combine(_h.Folder, "drop", "done")).FullName;
        File.WriteAllLines(Path.Combine(done, "batch.jsonl"), ["""{"id":"d1","author":"@Marie_Dupont"}""", """{"id":"d2","author":"@paul"}"""]);

        var result = await _h.Eraser(done).ForgetAsync("@marie_dupont", null, "dpo@brand", TestContext.Current.CancellationToken);

        Assert.Equal((3L, 1L, 1L, 1L, 1L), (result.Mentions, result.Triage, result.Engagement, result.Alerts, result.RawLines));
        Assert.Equal(["""{"id":"d2","author":"@paul"}"""], File.ReadAllLines(Path.Combine(done, "batch.jsonl")));
        Assert.Equal(["m3"], await _h.IdsAsync());
        Assert.Single(_h.Triage.History(new MentionKey("mastodon", "m3")));
        Assert.Empty(_h.Triage.History(new MentionKey("mastodon", "m1")));
        Assert.Empty(_h.State.Engagement([new MentionKey("mastodon", "m1")]));
        Assert.Single(_h.State.Engagement([new MentionKey("mastodon", "m3")]));
        Assert.False(new AlertStateStore(_h.StatePath).WasSent("risky", "mention:mastodon/m1"));

        var entry = Assert.Single(_h.Audit.Entries());
        Assert.Equal((PrivacyAuditStore.Forget, "dpo@brand", 3L), (entry.Action, entry.By, entry.Mentions));
        Assert.Equal([_h.Current.Pseudonymise("marie_dupont")!, _h.Retired.Pseudonymise("marie_dupont")!], entry.Pseudonyms);
        Assert.Equal(result.AuditEntry, entry.Seq);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var database = File.ReadAllBytes(_h.StatePath);
        Assert.Equal(-1, database.AsSpan().IndexOf(Encoding.UTF8.GetBytes("marie")));
    }

    [Fact]
    public async Task Forget_with_a_source_erases_only_that_sources_mentions()
    {
        await SeedAsync();

        var result = await _h.Eraser().ForgetAsync("marie_dupont", "reddit", "dpo", TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Mentions);
        Assert.Equal(["m1", "m2", "m3"], await _h.IdsAsync());
    }

    [Fact]
    public async Task An_erased_author_is_not_collected_again_by_a_crawl_or_an_import_even_after_a_key_rotation()
    {
        await SeedAsync();
        await _h.Eraser().ForgetAsync("@marie_dupont", null, "dpo", TestContext.Current.CancellationToken);
        // After the erasure the key rotates: the crawl hashes with a key that did not exist when she was erased.
        var rotated = new Core.Privacy.AuthorKeyRing(new Core.Privacy.AuthorPseudonymiser(new byte[32]), [_h.Current, _h.Retired]);
        var gate = new IngestGate(RetentionPolicy.Standard, _h.Audit, rotated, TimeProvider.System);
        var sink = new MentionSink(_h.Index, [], rotated.Current, TimeProvider.System, gate);

        await sink.WriteAsync("mastodon", new SourceBatch(
            [PrivacyHarness.Mention("mastodon", "m1", "@Marie_Dupont", Recent), PrivacyHarness.Mention("mastodon", "m4", "@paul", Recent)],
            new SourceCursor()), TestContext.Current.CancellationToken);

        var file = Path.Combine(_h.Folder, "again.jsonl");
        var published = Recent.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await File.WriteAllLinesAsync(file, [
            $$"""{"id":"i1","source":"import","text":"Mandarine","published_at":"{{published}}","author":"@marie_dupont"}""",
            $$"""{"id":"i2","source":"import","text":"Mandarine","published_at":"{{published}}","author":"@paul"}""",
        ], TestContext.Current.CancellationToken);
        var importer = new FileImporter(_h.Index, [], new MentionRecordParser(rotated.Current, TimeProvider.System, 1000),
            new ImportOptions { RejectsDirectory = Path.Combine(_h.Folder, "rejects") }, gate);
        var import = await importer.ImportAsync(file, null, TestContext.Current.CancellationToken);

        Assert.Equal((1L, 1L), (import.Accepted, import.Withheld));
        Assert.Equal(["i2", "m3", "m4"], await _h.IdsAsync());
    }

    [Fact]
    public async Task The_export_holds_the_authors_mentions_with_enrichment_their_triage_engagement_and_audit_and_is_audited_itself()
    {
        await SeedAsync();
        await _h.Eraser().ForgetAsync("marie_dupont", "reddit", "dpo", TestContext.Current.CancellationToken);

        var export = await _h.Exporter().ExportAsync("@Marie_Dupont", "dpo", TestContext.Current.CancellationToken);
        var json = export.ToJson();

        Assert.Equal(["m1", "m2"], json["mentions"]!.AsArray().Select(m => (string)m!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal("negative", (string)json["mentions"]![0]!["sentiment"]!);
        Assert.Equal(["mandarine"], json["mentions"]![0]!["brands"]!.AsArray().Select(b => (string)b!));
        var triage = Assert.Single(json["triage"]!.AsArray());
        Assert.Equal(("m1", "assigned", "camille"), ((string)triage!["id"]!, (string)triage["actions"]![0]!["status"]!, (string)triage["actions"]![0]!["assignee"]!));
        Assert.Equal(4, (long)Assert.Single(json["engagement"]!.AsArray())!["likes"]!);
        Assert.Equal("forget", (string)Assert.Single(json["audit"]!.AsArray())!["action"]!);
        Assert.DoesNotContain("marie", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal([PrivacyAuditStore.Forget, PrivacyAuditStore.Export], _h.Audit.Entries().Select(e => e.Action));
        Assert.Equal(2, _h.Audit.Entries()[1].Mentions);
    }
}
