using System.Text.Json;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Sources.Mastodon;

/// <summary>Maps a Mastodon status (REST API v1) to a mention; null for a boost or a status without text or date.</summary>
public static class MastodonStatus
{
    public static Mention? ToMention(JsonElement status, string source)
    {
        if (status.Get("reblog") is not null)
        {
            return null;
        }
        var id = status.Str("id");
        var created = status.Date("created_at");
        var text = HtmlText.ToText(status.Str("content"));
        if (id is null || created is null || text.Length == 0)
        {
            return null;
        }
        return new Mention
        {
            Id = id,
            Source = source,
            Text = text,
            Title = status.Str("spoiler_text") is { Length: > 0 } warning ? warning : null,
            PublishedAt = created.Value,
            Url = status.Str("url") ?? status.Str("uri"),
            Author = status.Str("account", "acct"),
            AuthorFollowers = status.Long("account", "followers_count"),
            Lang = status.Str("language")?.ToLowerInvariant(),
            Likes = JsonRead.Count(status.Long("favourites_count")),
            Shares = JsonRead.Count(status.Long("reblogs_count")),
            Replies = JsonRead.Count(status.Long("replies_count")),
        };
    }

    /// <summary>Mastodon ids are decimal snowflakes as strings: a longer one is newer.</summary>
    public static int CompareIds(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
