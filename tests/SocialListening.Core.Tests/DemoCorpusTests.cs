using System.Globalization;
using System.Text.Json;
using SocialListening.Core.Brands;

namespace SocialListening.Core.Tests;

/// <summary>The bundled demo (samples/demo) must stay loadable and keep the shape `sl demo` relies on.</summary>
public sealed class DemoCorpusTests
{
    private static readonly string Demo = Path.Combine(RepositoryRoot(), "samples", "demo");
    private static readonly Lazy<IReadOnlyList<JsonElement>> Mentions = new(ReadMentions);

    [Fact]
    public void The_demo_brand_file_parses_with_three_brands_in_one_competitive_set()
    {
        var catalog = BrandCatalogFile.Load(Path.Combine(Demo, "brands.yaml"));

        var set = Assert.Single(catalog.CompetitiveSets);
        Assert.True(set.Brands.Count >= 2);
        Assert.Equal(["mandarine", "vireo", "kalix"], set.Brands);
        Assert.All(catalog.Brands, b => Assert.NotEmpty(b.Territory));
        Assert.True(catalog.Themes.Count >= 6);
        Assert.Contains("jus", catalog.FindBrand("mandarine")!.Exclude);
    }

    [Fact]
    public void The_demo_corpus_has_at_least_3000_mentions_with_unique_source_and_id()
    {
        var mentions = Mentions.Value;

        Assert.True(mentions.Count >= 3000, $"only {mentions.Count} mentions");
        var keys = mentions.Select(m => (Text(m, "source"), Text(m, "id"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void The_demo_corpus_is_french_and_english_over_30_days()
    {
        var mentions = Mentions.Value;
        var dates = mentions.Select(m => DateTimeOffset.Parse(Text(m, "published_at"), CultureInfo.InvariantCulture)).ToList();
        var langs = mentions.GroupBy(m => Text(m, "lang")).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["en", "fr"], langs.Keys.Order());
        Assert.True(langs["fr"] > langs["en"]);
        Assert.Equal(new DateOnly(2026, 10, 25), DateOnly.FromDateTime(dates.Min().ToOffset(TimeSpan.FromHours(1)).DateTime));
        Assert.Equal(new DateOnly(2026, 11, 23), DateOnly.FromDateTime(dates.Max().ToOffset(TimeSpan.FromHours(1)).DateTime));
    }

    [Fact]
    public void Only_reviews_carry_a_rating_and_no_mention_carries_enrichment()
    {
        foreach (var m in Mentions.Value)
        {
            var review = Text(m, "source") is "reviews" or "appstore";
            Assert.Equal(review, m.TryGetProperty("rating", out var rating));
            if (review)
            {
                Assert.InRange(rating.GetInt32(), 1, 5);
            }
            Assert.False(m.TryGetProperty("brands", out _));
            Assert.False(m.TryGetProperty("sentiment", out _));
            Assert.False(string.IsNullOrWhiteSpace(Text(m, "text")));
        }
    }

    [Fact]
    public void The_outage_evening_of_18_November_is_a_spike()
    {
        var perEvening = Mentions.Value
            .Select(m => DateTimeOffset.Parse(Text(m, "published_at"), CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(1)))
            .Where(d => d.Hour is >= 18 and < 23)
            .GroupBy(d => d.Date)
            .ToDictionary(g => g.Key, g => g.Count());

        var outage = perEvening[new DateTime(2026, 11, 18)];
        var usual = perEvening.Where(e => e.Key != new DateTime(2026, 11, 18)).Max(e => e.Value);
        Assert.True(outage > 250 && outage > 5 * usual, $"outage evening {outage}, busiest other evening {usual}");
    }

    private static string Text(JsonElement mention, string field) => mention.GetProperty(field).GetString()!;

    private static IReadOnlyList<JsonElement> ReadMentions() =>
        File.ReadLines(Path.Combine(Demo, "mentions.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialListening.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("SocialListening.sln was not found above " + AppContext.BaseDirectory);
    }
}
