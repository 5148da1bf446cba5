using SocialListening.Core.Mentions;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Ingestion.Tests.Triage;

public sealed class TriageStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-triage-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Actions_are_durable_the_last_one_is_the_state_and_the_history_keeps_who_did_what_when()
    {
        var path = Path.Combine(_folder, "state.db");
        var time = new ManualTime(new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.Zero));
        var key = new MentionKey("mastodon", "mst-1");
        var store = new TriageStore(path, time);

        store.Record(key, TriageAction.Acknowledge, null, null, "alice");
        time.Advance(TimeSpan.FromMinutes(5));
        store.Record(key, TriageAction.Assign, "bob", "network team", "alice");
        time.Advance(TimeSpan.FromMinutes(30));
        store.Record(new MentionKey("rss", "r-9"), TriageAction.Dismiss, null, "press review, not a complaint", "bob");

        var reopened = new TriageStore(path, time);
        var current = reopened.Current();
        Assert.Equal("assigned", current[key].Status);
        Assert.Equal("bob", current[key].Assignee);
        var history = reopened.History(key);
        Assert.Equal(new[] { "acknowledged", "assigned" }, history.Select(h => h.Status));
        Assert.Equal(new[] { "alice", "alice" }, history.Select(h => h.By));
        Assert.Equal(TimeSpan.FromMinutes(5), history[1].At - history[0].At);
        Assert.Equal(new[] { new MentionKey("rss", "r-9") }, reopened.Dismissed());
    }
}

internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
