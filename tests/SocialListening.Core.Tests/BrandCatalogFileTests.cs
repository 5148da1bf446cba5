using SocialListening.Core.Brands;

namespace SocialListening.Core.Tests;

public class BrandCatalogFileTests
{
    private const string Valid = """
        brands:
          - name: Mandarine
            aliases: [Mandarine Mobile]
            hashtags: ["#mandarine"]
            handles: ["@Mandarine_FR"]
            exclude: [jus, fruit]
            territory:
              - { theme: Réseau, target: 0.3 }
          - name: Vireo
        themes:
          - id: réseau
            name: Réseau
            terms: { fr: [réseau, couverture], en: [network] }
        competitive_sets:
          - id: telecom
            brands: [mandarine, vireo]
        """;

    [Fact]
    public void A_valid_file_gives_slugged_ids_and_clean_names()
    {
        var catalog = BrandCatalogFile.Parse(Valid);

        var mandarine = catalog.FindBrand("Mandarine")!;
        Assert.Equal("mandarine", mandarine.Id);
        Assert.Contains("Mandarine Mobile", mandarine.Aliases);
        Assert.Equal(["mandarine"], mandarine.Hashtags);
        Assert.Equal(["Mandarine_FR"], mandarine.Handles);
        Assert.Equal("reseau", mandarine.Territory[0].Theme);
        Assert.Equal("reseau", catalog.Themes[0].Id);
        Assert.Equal("telecom", catalog.SetOf(mandarine).Id);
    }

    [Theory]
    [InlineData("brands: [{name: A, territory: [{theme: nope, target: 0.2}]}]", "territory theme 'nope'")]
    [InlineData("themes: [{id: t, terms: {fr: [x]}}]\nbrands: [{name: A, territory: [{theme: t, target: 1.5}]}]", "between 0 and 1")]
    [InlineData("brands: [{name: A}]\ncompetitive_sets: [{id: s, brands: [a, b]}]", "brand 'b' is not among the brands")]
    [InlineData("themes: [{id: t}]", "at least one French or English term")]
    [InlineData("brands: [{name: A}, {name: a}]", "used twice")]
    [InlineData("brands: [ {name: A", "line")]
    public void Mistakes_are_reported_with_what_to_fix(string yaml, string expected)
    {
        var error = Assert.Throws<BrandCatalogException>(() => BrandCatalogFile.Parse(yaml, "sl.yaml"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Service client", "service-client")]
    [InlineData("Éco-responsabilité", "eco-responsabilite")]
    [InlineData("  ", "")]
    public void Slug_folds_and_dashes(string text, string expected) => Assert.Equal(expected, BrandCatalogFile.Slug(text));
}
