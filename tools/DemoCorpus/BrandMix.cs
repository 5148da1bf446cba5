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
            ("vireo", "network") => (0.16, 0.30, 0.54),
            ("kalix", "price") => (0.22, 0.30, 0.48),
            (_, "customer-service") => (0.48, 0.28, 0.24),
            (_, "green" or "innovation" or "sport") => (0.15, 0.50, 0.35),
            ("mandarine", _) => (0.31, 0.38, 0.31),
            ("vireo", _) => (0.22, 0.36, 0.42),
            _ => (0.26, 0.37, 0.37),
        };
        return random.Pick(new[]
        {
            (DemoCorpus.Tone.Negative, shares.Neg), (DemoCorpus.Tone.Neutral, shares.Neu), (DemoCorpus.Tone.Positive, shares.Pos),
        });
    }
}
