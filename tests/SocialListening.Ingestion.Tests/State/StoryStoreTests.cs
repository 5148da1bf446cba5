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

    [Fact]
    public void The_oldest_stories_beyond_the_capacity_go_once_a_tenth_more_have_been_added()
    {
        var store = new StoryStore(Database) { Window = TimeSpan.FromDays(7), Capacity = 20 };
        var counts = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            store.Remember([new($"s{i}", (ulong)i, Monday.AddMinutes(i))]);
            counts.Add(store.Count());
        }

        // Cut back to 20 each time 2 stories have been added since the last cut: 21 at most in between.
        Assert.Equal(21, counts.Max());
        Assert.Equal(20, counts[^1]);
        Assert.Equal(Enumerable.Range(10, 20).Select(i => $"s{i}"), store.Recall().Select(s => s.Id));
    }
}
