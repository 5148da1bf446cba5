using SocialListening.Core.Analysis;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Tests.State;

public sealed class StoryStoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("sl-stories-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Database => Path.Combine(_folder, "state.db");

    [Fact]
    public void Stories_are_recalled_by_another_instance_oldest_first_with_their_full_64_bit_fingerprint()
    {
        new StoryStore(Database).Remember([new("rss/b", ulong.MaxValue, Monday.AddHours(2)), new("rss/a", 0x8000_0000_0000_0001, Monday)]);

        var recalled = new StoryStore(Database).Recall();

        Assert.Equal([new RememberedStory("rss/a", 0x8000_0000_0000_0001, Monday), new RememberedStory("rss/b", ulong.MaxValue, Monday.AddHours(2))], recalled);
    }

    [Fact]
    public void A_known_story_keeps_its_latest_copy_time()
    {
        var store = new StoryStore(Database);
        store.Remember([new("rss/a", 42, Monday.AddDays(1))]);
        store.Remember([new("rss/a", 42, Monday)]);

        Assert.Equal(Monday.AddDays(1), Assert.Single(store.Recall()).LastSeen);
    }

    [Fact]
    public void Stories_older_than_the_window_before_the_newest_are_forgotten_and_the_count_is_capped()
    {
        var store = new StoryStore(Database) { Window = TimeSpan.FromDays(7), Capacity = 3 };
        store.Remember([new("old", 1, Monday.AddDays(-8)), new("kept", 2, Monday.AddDays(-6))]);
        store.Remember([new("new", 3, Monday)]);
        Assert.Equal(["kept", "new"], store.Recall().Select(s => s.Id));

        store.Remember([new("n1", 4, Monday.AddHours(1)), new("n2", 5, Monday.AddHours(2))]);

        Assert.Equal(["new", "n1", "n2"], store.Recall().Select(s => s.Id));
        store.Clear();
        Assert.Equal(0, store.Count());
    }
}
