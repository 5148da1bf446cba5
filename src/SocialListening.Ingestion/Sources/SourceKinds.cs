using SocialListening.Core.Sources;
using SocialListening.Ingestion.Sources.AppStore;
using SocialListening.Ingestion.Sources.Bluesky;
using SocialListening.Ingestion.Sources.Folder;
using SocialListening.Ingestion.Sources.Mastodon;
using SocialListening.Ingestion.Sources.Reddit;
using SocialListening.Ingestion.Sources.Reviews;
using SocialListening.Ingestion.Sources.Rss;

namespace SocialListening.Ingestion.Sources;

/// <summary>The source kinds by their configuration name, and the one place a definition becomes a source.</summary>
public static class SourceKinds
{
    public static readonly IReadOnlyList<string> All = ["rss", "mastodon", "bluesky", "reddit", "appstore", "reviews", "folder"];

    public static ISource Create(SourceDefinition definition, SourceServices services) => definition.Kind switch
    {
        "rss" => new FeedSource(definition, services),
        "mastodon" => new MastodonSource(definition, services),
        "bluesky" => new BlueskySource(definition, services),
        "reddit" => new RedditSource(definition, services),
        "appstore" => new AppStoreSource(definition, services),
        "reviews" => new ReviewPageSource(definition, services),
        "folder" => new FolderSource(definition, services),
        _ => throw new SourceConfigurationException($"source '{definition.Name}': unknown kind '{definition.Kind}' (one of {string.Join(", ", All)})."),
    };
}
