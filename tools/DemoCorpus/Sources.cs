namespace DemoCorpus;

/// <summary>The demo sources and the share of everyday mentions each one brings.</summary>
public static class Sources
{
    public const string Mastodon = "mastodon";
    public const string Bluesky = "bluesky";
    public const string Reddit = "reddit";
    public const string Rss = "rss";
    public const string AppStore = "appstore";
    public const string Reviews = "reviews";
    public const string Import = "import";

    public static readonly IReadOnlyList<(string Source, double Weight)> Everyday =
    [
        (Mastodon, 0.22), (Bluesky, 0.24), (Reddit, 0.15), (Rss, 0.06), (AppStore, 0.09), (Reviews, 0.12), (Import, 0.12),
    ];

    public static readonly IReadOnlyList<(string Source, double Weight)> Social =
    [
        (Mastodon, 0.36), (Bluesky, 0.38), (Reddit, 0.16), (Import, 0.10),
    ];

    public static Channel ChannelOf(string source) => source switch
    {
        Rss => Channel.News,
        AppStore or Reviews => Channel.Review,
        _ => Channel.Social,
    };

    public static string Prefix(string source) => source switch
    {
        Mastodon => "mst",
        Bluesky => "bsky",
        Reddit => "rdt",
        Rss => "rss",
        AppStore => "app",
        Reviews => "rev",
        _ => "imp",
    };
}
