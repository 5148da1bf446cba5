using SocialListening.Analysis.Matching;
using SocialListening.Core.Brands;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Tests;

public class BrandThemeMatcherTests
{
    private static readonly BrandThemeMatcher Matcher = new(BrandCatalogFile.Parse("""
        brands:
          - name: Orange
            hashtags: [orange]
            handles: [Orange_France]
            exclude: [jus, fruit, pressée, juice]
          - name: Free Mobile
            aliases: [Free]
          - name: SFR
        themes:
          - id: network
            terms: { fr: [réseau, couverture, "panne de réseau"], en: [network, coverage] }
          - id: billing
            terms: { fr: ["factur*", prélèvement], en: [bill, invoice] }
          - id: customer-service
            terms: { fr: [service client, conseiller], en: [customer service] }
            exclude: [sans service client]
        """));

    [Theory]
    [InlineData("Le réseau Orange est en panne", "orange", "network")]
    [InlineData("un jus d'orange pressée, délicieux", "", "")]
    [InlineData("#Orange ma facture de jus de fruit ??", "orange", "billing")]
    [InlineData("@orange_france ma facturation est fausse", "orange", "billing")]
    [InlineData("ORANGE ou sfr : quelle COUVERTURE ?", "orange,sfr", "network")]
    [InlineData("Je passe chez Free, réseaux saturés chez SFR", "free-mobile,sfr", "network")]
    [InlineData("freedom of speech", "", "")]
    [InlineData("l'orangeade est bonne", "", "")]
    [InlineData("The customer service at SFR fixed my bill", "sfr", "billing,customer-service")]
    [InlineData("le service client d'Orange, au top", "orange", "customer-service")]
    public void Finds_brands_and_themes_on_word_boundaries_without_case_or_accents(string text, string brands, string themes)
    {
        var mention = new Mention { Id = "1", Source = "t", Text = text, PublishedAt = DateTimeOffset.UnixEpoch };
        var (foundBrands, foundThemes) = Matcher.Match(mention);

        Assert.Equal(brands, string.Join(",", foundBrands));
        Assert.Equal(themes, string.Join(",", foundThemes));
    }

    [Fact]
    public void Enrich_fills_the_batch_in_place()
    {
        var batch = new[] { new Mention { Id = "1", Source = "t", Text = "panne de réseau SFR", PublishedAt = DateTimeOffset.UnixEpoch } };
        Matcher.Enrich(batch);
        Assert.Equal(["sfr"], batch[0].Enrichment.Brands);
        Assert.Equal(["network"], batch[0].Enrichment.Themes);
    }
}
