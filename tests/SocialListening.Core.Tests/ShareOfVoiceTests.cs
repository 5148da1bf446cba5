using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Territory;

namespace SocialListening.Core.Tests;

public class ShareOfVoiceTests
{
    [Fact]
    public void Shares_are_each_brands_part_of_the_sets_mentions_in_each_group()
    {
        var groups = new[]
        {
            new Bucket("consoles", 300, [new Bucket("microsoft", 200, []), new Bucket("sony", 100, [])]),
            new Bucket("games", 50, [new Bucket("sony", 50, [])]),
        };

        var result = ShareOfVoice.Compute(groups, ["sony", "microsoft", "nintendo"]);

        var consoles = result[0];
        Assert.Equal(300, consoles.BrandMentions);
        Assert.Equal(new[] { "microsoft", "sony", "nintendo" }, consoles.Brands.Select(b => b.Brand));
        Assert.Equal(2.0 / 3, consoles.Brands[0].Share, 6);
        Assert.Equal(0, consoles.Brands[2].Share);
        Assert.Equal(1.0, result[1].Brands.Single(b => b.Brand == "sony").Share);
    }

    [Fact]
    public void A_group_without_brand_mentions_has_zero_shares_not_a_division_by_zero()
    {
        var group = ShareOfVoice.Group("empty", new Dictionary<string, long>(), ["a", "b"]);
        Assert.All(group.Brands, b => Assert.Equal(0, b.Share));
    }

    [Fact]
    public void Territory_reports_association_share_of_voice_and_the_leader()
    {
        // "56% of Sony's mentions are about game consoles, yet its share of voice on consoles is half of Microsoft's."
        var sony = new Brand("sony", "Sony", ["Sony"], [], [], [], [new TerritoryTarget("consoles", 0.4), new TerritoryTarget("music", 0.3)]);
        var perBrand = new Dictionary<string, long> { ["sony"] = 100, ["microsoft"] = 200 };
        var perTheme = new Dictionary<string, IReadOnlyDictionary<string, long>>
        {
            ["consoles"] = new Dictionary<string, long> { ["sony"] = 56, ["microsoft"] = 112 },
            ["music"] = new Dictionary<string, long> { ["sony"] = 10 },
        };

        var report = TerritoryAnalysis.Analyse(sony, ["sony", "microsoft"], perBrand, perTheme, ["consoles", "music"]);

        var consoles = report.Themes[0];
        Assert.Equal(0.56, consoles.Association, 6);
        Assert.Equal(1.0 / 3, consoles.ShareOfVoice, 6);
        Assert.Equal("microsoft", consoles.Leader);
        Assert.Equal(0.5, consoles.RatioToLeader, 6);
        Assert.Equal(0.4, consoles.Target);
        var music = report.Themes[1];
        Assert.Equal("sony", music.Leader);
        Assert.Equal(1.0, music.RatioToLeader);
        // min(0.56,0.4)+min(0.1,0.3) over max(0.56,0.4)+max(0.1,0.3)
        Assert.Equal(0.5 / 0.86, report.Alignment, 6);
    }

    [Theory]
    [InlineData(new[] { 0.3, 0.2 }, new[] { 0.3, 0.2 }, 1.0)]
    [InlineData(new[] { 0.0, 0.0 }, new[] { 0.3, 0.2 }, 0.0)]
    [InlineData(new[] { 0.6, 0.0 }, new[] { 0.3, 0.3 }, 1.0 / 3)]
    public void Alignment_is_one_when_observed_equals_target_and_zero_when_disjoint(double[] observed, double[] target, double expected)
    {
        Assert.Equal(expected, TerritoryAnalysis.Alignment(observed.Zip(target)), 6);
    }
}
