namespace DemoCorpus;

/// <summary>
/// What each brand's everyday conversation is about, and in which tone. These shares are the "truth" the
/// territory report should find again: Mandarine says little about green (target 0.30), Vireo owns the network,
/// Kalix is talked about for its prices.
/// </summary>
public static class BrandMix
{
    public static readonly IReadOnlyList<(BrandProfile Brand, double Weight)> Brands =
    [
        (BrandProfile.Mandarine, 0.39),
        (BrandProfile.Vireo, 0.36),
        (BrandProfile.Kalix, 0.25),
    ];

    private static readonly Dictionary<string, (string Theme, double Weight)[]> Themes = new()
    {
        ["mandarine"] =
        [
            ("network", 0.06), ("price", 0.21), ("customer-service", 0.21), ("fibre", 0.19),
            ("green", 0.06), ("innovation", 0.10), ("sport", 0.14),
        ],
        ["vireo"] =
        [
            ("network", 0.55), ("price", 0.08), ("customer-service", 0.06), ("fibre", 0.14),
            ("green", 0.04), ("innovation", 0.12), ("sport", 0.03),
        ],
        ["kalix"] =
        [
            ("network", 0.12), ("price", 0.44), ("customer-service", 0.18), ("fibre", 0.13),
            ("green", 0.03), ("innovation", 0.05), ("sport", 0.05),
        ],
    };

    public static string Theme(Random random, BrandProfile brand) => random.Pick(Themes[brand.Id]);

    public static Tone Tone(Random random, BrandProfile brand, string theme)
    {
        (double Neg, double Neu, double Pos) shares = (brand.Id, theme) switch
        {
            ("vireo", "network") => (0.13, 0.33, 0.54),
            ("kalix", "price") => (0.18, 0.34, 0.48),
            (_, "customer-service") => (0.40, 0.32, 0.28),
            (_, "green" or "innovation" or "sport") => (0.12, 0.52, 0.36),
            ("mandarine", _) => (0.25, 0.41, 0.34),
            ("vireo", _) => (0.17, 0.40, 0.43),
            _ => (0.20, 0.40, 0.40),
        };
        return random.Pick(new[]
        {
            (DemoCorpus.Tone.Negative, shares.Neg), (DemoCorpus.Tone.Neutral, shares.Neu), (DemoCorpus.Tone.Positive, shares.Pos),
        });
    }
}
