using System.Globalization;
using SocialListening.Core.Analysis;

namespace SocialListening.Ingestion.State;

/// <summary>
/// The near-duplicate stories remembered between runs, in the state database (DATA/state.db, table stories):
/// a story is kept while its latest copy is within <see cref="Window"/> of the newest story's, and the stories beyond
/// <see cref="Capacity"/> (the oldest) are forgotten once a tenth of the capacity has been added since the last time
/// (so at most 10 % more are kept in between). See docs/decisions/005.
/// </summary>
public sealed class StoryStore(string databasePath) : IStoryMemory
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS stories (
            id TEXT PRIMARY KEY,
            fingerprint INTEGER NOT NULL,
            last_seen_ticks INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS stories_last_seen ON stories (last_seen_ticks);
        """;

    private readonly StateDatabase _database = new(databasePath, Schema);

    /// <summary>How long after its latest copy a story is still remembered, counted back from the newest story (default 7 days).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Most stories kept (default 200,000: about 10 MB).</summary>
    public int Capacity { get; init; } = 200_000;

    // Stories added by this instance since the table was last cut to its capacity.
    private int _addedSinceCut;

    public IReadOnlyList<RememberedStory> Recall()
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, fingerprint, last_seen_ticks FROM stories ORDER BY last_seen_ticks, id";
        using var reader = select.ExecuteReader();
        var stories = new List<RememberedStory>();
        while (reader.Read())
        {
            stories.Add(new RememberedStory(reader.GetString(0), unchecked((ulong)reader.GetInt64(1)), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
        }
        return stories;
    }

    public void Remember(IReadOnlyCollection<RememberedStory> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        if (stories.Count == 0)
        {
            return;
        }
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO stories (id, fingerprint, last_seen_ticks) VALUES ($id, $fingerprint, $seen)
                ON CONFLICT (id) DO UPDATE SET last_seen_ticks = max(last_seen_ticks, excluded.last_seen_ticks)
                """;
            var id = upsert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
            var fingerprint = upsert.Parameters.Add("$fingerprint", Microsoft.Data.Sqlite.SqliteType.Integer);
            var seen = upsert.Parameters.Add("$seen", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var story in stories)
            {
                id.Value = story.Id;
                fingerprint.Value = unchecked((long)story.Fingerprint);
                seen.Value = story.LastSeen.UtcTicks;
                upsert.ExecuteNonQuery();
            }
        }
        using (var prune = connection.CreateCommand())
        {
            prune.Transaction = transaction;
            prune.CommandText = "DELETE FROM stories WHERE last_seen_ticks < (SELECT max(last_seen_ticks) FROM stories) - $window;";
            prune.Parameters.AddWithValue("$window", Window.Ticks);
            prune.ExecuteNonQuery();
        }
        // Cutting to the capacity orders the whole table: done after every import chunk, it was the import's largest
        // growing cost (2,500 stories remembered: 22 ms with 25,000 stories kept, about 100 ms with 200,000).
        _addedSinceCut += stories.Count;
        if (_addedSinceCut >= Math.Max(1, Capacity / 10))
        {
            using var cut = connection.CreateCommand();
            cut.Transaction = transaction;
            cut.CommandText = "DELETE FROM stories WHERE id IN (SELECT id FROM stories ORDER BY last_seen_ticks DESC, id DESC LIMIT -1 OFFSET $capacity);";
            cut.Parameters.AddWithValue("$capacity", Capacity);
            cut.ExecuteNonQuery();
            _addedSinceCut = 0;
        }
        transaction.Commit();
    }

    /// <summary>Forgets every story (the demo rebuilds its index from scratch).</summary>
    public void Clear()
    {
        using var connection = _database.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM stories";
        delete.ExecuteNonQuery();
    }

    public int Count()
    {
        using var connection = _database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM stories";
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
