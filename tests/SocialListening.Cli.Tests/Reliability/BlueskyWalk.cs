using System.Globalization;
using SocialListening.Ingestion.Tests.Crawling;

namespace SocialListening.Cli.Tests.Reliability;

/// <summary>
/// A Bluesky search of pages x perPage posts, newest first, slow enough (100 ms a page) to be killed mid-walk;
/// <paramref name="beforePage"/> can hold a page back until the test is ready (a starved test thread must not let
/// the walk finish before the kill).
/// </summary>
internal static class BlueskyWalk
{
    public static void Map(FakeSite site, int pages, int perPage, Func<int, Task>? beforePage = null) =>
        site.Map("/xrpc/app.bsky.feed.searchPosts", async c =>
        {
            var page = int.TryParse(c.Request.Query["cursor"], CultureInfo.InvariantCulture, out var p) ? p : 0;
            await Task.Delay(100);
            if (beforePage is not null)
            {
                await beforePage(page);
            }
            var newest = pages * perPage - page * perPage;
            var posts = Enumerable.Range(0, perPage).Select(i => newest - i)
                .Select(n => Payloads.BlueskyPost(n, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            var next = page + 1 < pages ? $",\"cursor\":\"{page + 1}\"" : "";
            await FakeSite.Write(c, "application/json", "{\"posts\":[" + string.Join(",", posts) + "]" + next + "}");
        });
}
