using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialListening.Core.Mentions;
using SocialListening.Core.Virality;
using SocialListening.Ingestion.State;

namespace SocialListening.Ingestion.Crawling;

/// <summary>
/// Every observation of a post's engagement (first crawl and each re-observation), in DATA/state.db table
/// <c>engagement</c>, so the virality forecast can read a post's growth as an <see cref="EngagementHistory"/>.
/// </summary>
public sealed class EngagementLog(string dataDirectory)
{
    private readonly StateDatabase _database = new(Path.Combine(dataDirectory, "state.db"), """
        CREATE TABLE IF NOT EXISTS engagement (source TEXT NOT NULL, id TEXT NOT NULL, at TEXT NOT NULL,
            likes INTEGER NOT NULL, shares INTEGER NOT NULL, replies INTEGER NOT NULL, PRIMARY KEY (source, id, at));
        """);

    private SqliteConnection Open() => _database.Open();

    public void Record(IReadOnlyList<Mention> mentions, DateTimeOffset at)
    {
        if (mentions.Count == 0)
        {
            return;
        }
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO engagement VALUES ($source, $id, $at, $likes, $shares, $replies)";
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var likes = command.Parameters.Add("$likes", SqliteType.Integer);
        var shares = command.Parameters.Add("$shares", SqliteType.Integer);
        var replies = command.Parameters.Add("$replies", SqliteType.Integer);
        foreach (var mention in mentions)
        {
            (source.Value, id.Value, likes.Value, shares.Value, replies.Value) = (mention.Source, mention.Id, mention.Likes, mention.Shares, mention.Replies);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The post's observations, oldest first; the sharers' followers are unknown to these APIs (0).</summary>
    public EngagementHistory History(Mention mention)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, shares FROM engagement WHERE source = $source AND id = $id ORDER BY at";
        command.Parameters.AddWithValue("$source", mention.Source);
        command.Parameters.AddWithValue("$id", mention.Id);
        using var reader = command.ExecuteReader();
        var observations = new List<EngagementObservation>();
        while (reader.Read())
        {
            var shares = reader.GetInt64(1);
            observations.Add(new EngagementObservation(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                (int)Math.Min(shares, int.MaxValue), 0));
        }
        return new EngagementHistory(mention.PublishedAt, mention.AuthorFollowers ?? 0, observations);
    }
}
