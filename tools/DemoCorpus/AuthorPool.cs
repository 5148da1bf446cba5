namespace DemoCorpus;

/// <summary>
/// Fictional authors. A few post often and most post once or twice, as on real networks; a handful of journalists
/// and influencers have large audiences, which is what makes a complaint risky.
/// </summary>
public sealed class AuthorPool
{
    private static readonly string[] FrenchNames =
    [
        "juliette", "camille", "lea", "manon", "chloe", "ines", "sarah", "emma", "lucie", "pauline", "marie", "clara",
        "anais", "margaux", "oceane", "elodie", "nadia", "yasmine", "fatou", "amina", "sophie", "celine", "aurelie",
        "thomas", "lucas", "hugo", "nicolas", "maxime", "antoine", "julien", "romain", "kevin", "mehdi", "karim",
        "yanis", "theo", "baptiste", "quentin", "florian", "alexandre", "pierre", "olivier", "stephane", "jerome",
        "francois", "mamadou", "sebastien", "damien", "vincent", "gael", "loic", "yann", "bruno", "patrick",
    ];

    private static readonly string[] EnglishNames =
    [
        "james", "oliver", "harry", "jack", "george", "noah", "liam", "ethan", "ryan", "daniel", "matt", "tom",
        "chris", "sam", "ben", "alex", "emily", "olivia", "amelia", "isla", "ava", "grace", "chloe", "sophie",
        "hannah", "lucy", "megan", "katie", "laura", "rachel", "priya", "aisha", "mei", "carlos", "lena", "erik",
    ];

    private static readonly string[] Suffixes =
    [
        "_92", "_69", "_75", "_13", "_33", "_59", "_31", "_44", "_67", "_06", "86", "_pro", "_off", "_b", "_m",
        "_lyon", "_paris", "_nantes", "_bzh", "_du_sud", "_dev", "_photo", "_music", "2k", "_io", "_tls", "_lille",
    ];

    private static readonly string[] Initials = ["A", "B", "C", "D", "F", "G", "H", "L", "M", "N", "P", "R", "S", "T", "V"];

    private readonly List<Author> _french = [];
    private readonly List<Author> _english = [];
    private readonly List<Author> _frenchLoud = [];
    private readonly List<Author> _englishLoud = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public AuthorPool(Random random)
    {
        var paris = TimeSpan.FromHours(1);
        for (var i = 0; i < 1100; i++)
        {
            _french.Add(Make(random, FrenchNames, "fr", paris, random.LogNormal(180, 1.3)));
        }
        for (var i = 0; i < 650; i++)
        {
            // Expats and visitors write from Paris; others from the UK or Ireland, whose clients write +00:00.
            var offset = random.Chance(0.35) ? TimeSpan.Zero : paris;
            _english.Add(Make(random, EnglishNames, "en", offset, random.LogNormal(220, 1.3)));
        }
        _frenchLoud.AddRange(
        [
            new Author("@claire_tech_journal", "Claire M.", 184_000, "fr", paris),
            new Author("@le_geek_du_dimanche", "Le Geek du Dimanche", 312_000, "fr", paris),
            new Author("@conso_vigilante", "Conso Vigilante", 96_500, "fr", paris),
            new Author("@marc_telecoms_info", "Marc D.", 58_200, "fr", paris),
            new Author("@ines_lifestyle", "Ines L.", 241_000, "fr", paris),
        ]);
        _englishLoud.AddRange(
        [
            new Author("@paris_expat_tom", "Tom H.", 72_400, "en", paris),
            new Author("@telco_watch_eu", "Telco Watch EU", 133_000, "en", TimeSpan.Zero),
        ]);
    }

    private static readonly Author[] FrenchOutlets =
    [
        new("@actu_telecom", "Actu Télécom", 48_300, "fr", TimeSpan.FromHours(1), "actu-telecom.example.org"),
        new("@journal_numerique", "Le Journal du Numérique", 126_000, "fr", TimeSpan.FromHours(1), "journal-numerique.example.org"),
        new("@conso_mag", "Conso Mag", 87_900, "fr", TimeSpan.FromHours(1), "conso-mag.example.org"),
    ];

    private static readonly Author[] EnglishOutlets =
    [
        new("@telco_news", "Telco News", 64_100, "en", TimeSpan.Zero, "telco-news.example.com"),
        new("@eu_mobile_report", "EU Mobile Report", 39_800, "en", TimeSpan.Zero, "eu-mobile-report.example.com"),
    ];

    public static Author Outlet(Random random, string lang) => random.Pick(lang == "fr" ? FrenchOutlets : EnglishOutlets);

    public IReadOnlyList<Author> Loud(string lang) => lang == "fr" ? _frenchLoud : _englishLoud;

    /// <summary>Picks an author with a skew towards the first ones, so regular posters appear many times.</summary>
    public Author Pick(Random random, string lang, double loudChance = 0.004)
    {
        if (random.Chance(loudChance))
        {
            return random.Pick(Loud(lang));
        }
        var pool = lang == "fr" ? _french : _english;
        var skewed = Math.Pow(random.NextDouble(), 1.8);
        return pool[(int)(skewed * pool.Count)];
    }

    private Author Make(Random random, string[] names, string lang, TimeSpan offset, double followers)
    {
        while (true)
        {
            var name = random.Pick(names);
            var handle = random.Next(4) switch
            {
                0 => $"@{name}{random.Pick(Suffixes)}",
                1 => $"@{name}.{random.Pick(Initials).ToLowerInvariant()}{random.Next(10, 99)}",
                2 => $"@{name}_{random.Pick(Initials).ToLowerInvariant()}",
                _ => $"@{name}{random.Next(1970, 2008)}",
            };
            if (_taken.Add(handle))
            {
                var review = $"{char.ToUpperInvariant(name[0])}{name[1..]} {random.Pick(Initials)}.";
                return new Author(handle, review, Math.Max(3, (long)followers), lang, offset);
            }
        }
    }
}
