using System.Globalization;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>Recorded-style payloads of the public APIs, written for these tests from the APIs' documented shapes.</summary>
public static class Payloads
{
    public static string MastodonStatus(long id, string content = "<p>La livraison <a href=\"https://x\">#mandarine</a> est en retard<br>encore</p>", string? createdAt = null) => $$$"""
        {"id":"{{{id}}}","created_at":"{{{createdAt ?? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero).AddMinutes(id).ToString("O", CultureInfo.InvariantCulture)}}}","in_reply_to_id":null,
         "sensitive":false,"spoiler_text":"","visibility":"public","language":"fr","uri":"https://mastodon.example/users/marie/statuses/{{{id}}}",
         "url":"https://mastodon.example/@marie/{{{id}}}","replies_count":2,"reblogs_count":5,"favourites_count":{{{id % 50}}},
         "content":{{{System.Text.Json.JsonSerializer.Serialize(content)}}},"reblog":null,
         "account":{"id":"1","username":"marie","acct":"marie@mastodon.example","display_name":"Marie","followers_count":1234},
         "media_attachments":[],"mentions":[],"tags":[{"name":"mandarine"}]}
        """;

    public static string MastodonPage(IEnumerable<long> ids) => "[" + string.Join(",", ids.OrderDescending().Select(i => MastodonStatus(i))) + "]";

    public static string BlueskyPost(int n, string? createdAt = null) => $$$"""
        {"uri":"at://did:plc:abc{{{n}}}/app.bsky.feed.post/3k{{{n}}}","cid":"bafy{{{n}}}",
         "author":{"did":"did:plc:abc{{{n}}}","handle":"user{{{n}}}.bsky.social","displayName":"User {{{n}}}"},
         "record":{"$type":"app.bsky.feed.post","text":"Mandarine Mobile : réseau coupé depuis ce matin #{{{n}}}","createdAt":"{{{createdAt ?? "2026-11-2" + (n % 10) + "T08:00:00.000Z"}}}","langs":["fr"]},
         "replyCount":1,"repostCount":{{{n}}},"likeCount":{{{n * 10}}},"quoteCount":1,"indexedAt":"2026-11-20T08:00:01.000Z"}
        """;

    public static string RedditChild(string id, double createdUtc, string title = "Mandarine : facture en double") => $$$"""
        {"kind":"t3","data":{"id":"{{{id}}}","name":"t3_{{{id}}}","title":"{{{title}}}","selftext":"Deux prélèvements ce mois-ci, le service client ne répond pas.",
         "permalink":"/r/france/comments/{{{id}}}/mandarine/","author":"poster_{{{id}}}","created_utc":{{{createdUtc.ToString(CultureInfo.InvariantCulture)}}},
         "score":42,"num_comments":7,"num_crossposts":1,"subreddit":"france"}}
        """;

    public static string RedditListing(string? after, params string[] children) =>
        $$$"""{"kind":"Listing","data":{"after":{{{(after is null ? "null" : "\"" + after + "\"")}}},"dist":{{{children.Length}}},"children":[{{{string.Join(",", children)}}}]}}""";

    public static string AppStoreEntry(int n, int rating) => $$$"""
        {"author":{"uri":{"label":"https://itunes.apple.com/fr/reviews/id{{{n}}}"},"name":{"label":"Client{{{n}}}"},"label":""},
         "updated":{"label":"2026-11-1{{{n}}}T09:00:00-07:00"},"im:rating":{"label":"{{{rating}}}"},"im:version":{"label":"5.2"},
         "id":{"label":"1100{{{n}}}"},"title":{"label":"Avis {{{n}}}"},"content":{"label":"L'appli plante au démarrage depuis la mise à jour {{{n}}}","attributes":{"type":"text"}},
         "link":{"attributes":{"rel":"related","href":"https://itunes.apple.com/fr/review?id=1&type=Purple%20Software"}},
         "im:voteSum":{"label":"3"},"im:contentType":{"attributes":{"term":"Application","label":"Application"}},"im:voteCount":{"label":"4"}}
        """;

    public static string AppStoreFeed(params string[] entries) =>
        "{\"feed\":{\"author\":{\"name\":{\"label\":\"iTunes Store\"}},\"entry\":[" + string.Join(",", entries) + "],\"updated\":{\"label\":\"2026-11-20T00:00:00-07:00\"}}}";

    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
          <channel><title>Actus</title><link>https://news.example/</link><language>fr-FR</language>
            <item><title>Mandarine lance une offre reconditionnée</title><link>https://news.example/a1</link><guid>https://news.example/a1</guid>
              <pubDate>Tue, 17 Nov 2026 10:00:00 +0100</pubDate><dc:creator>Rédaction</dc:creator><description>&lt;p&gt;Le téléphone &lt;b&gt;reconditionné&lt;/b&gt; arrive.&lt;/p&gt;</description><slash:comments>12</slash:comments></item>
            <item><title>Panne réseau chez Vireo</title><link>https://news.example/a2</link><pubDate>Wed, 18 Nov 2026 08:30:00 GMT</pubDate><description>Des milliers de clients privés de réseau.</description></item>
            <item><description></description></item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Blog</title>
          <entry><id>tag:blog.example,2026:1</id><title>Kalix outage post-mortem</title><link rel="alternate" href="https://blog.example/1"/>
            <updated>2026-11-19T12:00:00Z</updated><author><name>Ops</name></author><content type="html">&lt;p&gt;The network was down for two hours.&lt;/p&gt;</content></entry>
        </feed>
        """;

    public const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <rss version="2.0"><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>
        """;

    public const string JsonLdReviews = """
        <html><head><title>Mandarine - avis</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Mandarine Box",
          "aggregateRating":{"@type":"AggregateRating","ratingValue":"3.4","bestRating":"5","reviewCount":"2"},
          "review":[{"@type":"Review","author":{"@type":"Person","name":"Julie"},"datePublished":"2026-11-02","reviewBody":"Installation rapide, mais la box redémarre sans cesse.","name":"Bof","reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"10"}},
                    {"@type":"Review","author":"Marc","datePublished":"2026-11-03","reviewBody":"Service client au top !","reviewRating":{"@type":"Rating","ratingValue":"5"}}]}</script>
        <script type="application/ld+json">{ this is not json </script>
        </head><body></body></html>
        """;

    public const string MicrodataReviews = """
        <html><body>
        <div itemscope itemtype="https://schema.org/Review" itemid="rev-1">
          <span itemprop="name">Déçu</span> par <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Paul</span></span>
          <meta itemprop="datePublished" content="2026-11-05">
          <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="1"><meta itemprop="bestRating" content="5"></div>
          <p itemprop="reviewBody">Colis jamais livré, remboursement refusé.</p>
        </div>
        </body></html>
        """;

    public const string PlainReviews = """
        <html><body>
        <article class="avis"><h3 class="who">Nina</h3><time datetime="2026-11-06T10:00:00Z">6 nov.</time><span class="note">4/5</span><p class="txt">Bon rapport qualité-prix.</p></article>
        <article class="avis"><h3 class="who">Omar</h3><time datetime="2026-11-07T10:00:00Z">7 nov.</time><span class="note">2/5</span><p class="txt">Livraison lente.</p></article>
        </body></html>
        """;
}
