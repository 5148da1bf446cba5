using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources.Reviews;
using SocialListening.Ingestion.Sources.Rss;

namespace SocialListening.Ingestion.Tests.Crawling;

public sealed class ParserTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /search
        Allow: /search/about
        Disallow: /*.json$

        User-agent: SocialListeningBot
        User-agent: OtherBot
        Disallow: /private/
        Crawl-delay: 5
        """;

    [Theory]
    [InlineData("SocialListeningBot/1.0", "/private/x", false)]
    [InlineData("SocialListeningBot/1.0", "/search", true)]       // our own group replaces the '*' group
    [InlineData("AnyBot/2", "/search?q=x", false)]
    [InlineData("AnyBot/2", "/search/about", true)]               // the longer Allow wins
    [InlineData("AnyBot/2", "/r/france.json", false)]
    [InlineData("AnyBot/2", "/r/france.json?x=1", true)]          // '$' anchors the end
    [InlineData("AnyBot/2", "/", true)]
    public void RobotsTxt_applies_the_group_of_the_agent_and_the_longest_match(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Robots, agent).IsAllowed(path));

    [Fact]
    public void RobotsTxt_reads_the_crawl_delay_of_our_group() =>
        Assert.Equal(TimeSpan.FromSeconds(5), RobotsTxt.Parse(Robots, "SocialListeningBot/1.0").CrawlDelay);

    [Theory]
    [InlineData("Tue, 17 Nov 2026 10:00:00 +0100", "2026-11-17T09:00:00Z")]
    [InlineData("Tue, 17 Nov 2026 10:00:00 GMT", "2026-11-17T10:00:00Z")]
    [InlineData("17 Nov 2026 10:00:00 EST", "2026-11-17T15:00:00Z")]
    [InlineData("Tue, 3 Nov 2026 10:00 CET", "2026-11-03T09:00:00Z")]
    [InlineData("2026-11-17T10:00:00+02:00", "2026-11-17T08:00:00Z")]
    [InlineData("yesterday", null)]
    public void Feed_dates_in_the_forms_found_in_the_wild_are_read(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.Date(text));

    [Theory]
    [InlineData("4", null, 4)]
    [InlineData("8", "10", 4)]
    [InlineData("4,5/5", null, 5)]
    [InlineData("92", "100", 5)]
    [InlineData("0.4", "5", 1)]
    [InlineData("7", null, null)]
    [InlineData("n/a", null, null)]
    public void Ratings_on_any_scale_become_one_to_five_stars(string value, string? best, int? stars) =>
        Assert.Equal(stars, RatingScale.ToStars(value, best));
}
