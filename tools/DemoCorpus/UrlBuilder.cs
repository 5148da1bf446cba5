using System.Globalization;

namespace DemoCorpus;

/// <summary>Plausible fictional addresses, one shape per source, all under example.com or example.org.</summary>
public static class UrlBuilder
{
    private static readonly string[] FrenchSubreddits = ["forfaitsmobiles", "france", "operateurs", "conso", "box_internet"];
    private static readonly string[] EnglishSubreddits = ["expats_france", "paris", "telecom", "mobilenetworks"];

    public static string For(Draft draft, int number, Random random)
    {
        var handle = draft.Author.Handle.TrimStart('@');
        var n = number.ToString(CultureInfo.InvariantCulture);
        return draft.Source switch
        {
            Sources.Mastodon => $"https://mastodon.example.org/@{handle}/{113_400_000_000_000_000L + (long)number * 7919}",
            Sources.Bluesky => $"https://bsky.example.com/profile/{handle}/post/3l{(900_000 + number * 37).ToString("x", CultureInfo.InvariantCulture)}",
            Sources.Reddit => $"https://reddit.example.com/r/{random.Pick(draft.Lang == "fr" ? FrenchSubreddits : EnglishSubreddits)}/comments/{(46_000 + number).ToString("x", CultureInfo.InvariantCulture)}/{draft.Slug}/",
            Sources.Rss => $"https://{draft.Author.Site ?? "news.example.org"}/{draft.PublishedAt:yyyy'/'MM}/{draft.Slug}",
            Sources.AppStore => $"https://apps.example.com/{draft.Lang}/app/operateur/reviews/{n}",
            Sources.Reviews => draft.Lang == "fr" ? $"https://avis.example.org/avis/{n}" : $"https://reviews.example.com/review/{n}",
            _ => $"https://forum.example.com/t/{draft.Slug}/{n}",
        };
    }
}
