using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DemoCorpus;

/// <summary>Fills a template's slots and adds the noise of real posts: typos, shouting, elongations, tags, links.</summary>
public sealed partial class Renderer(Random random)
{
    private static readonly string[] Cities =
    [
        "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Strasbourg", "Montpellier", "Nice",
        "Grenoble", "Dijon", "Angers", "Brest", "Limoges", "Tours", "Clermont", "Rouen", "Paris 11e", "Paris 18e",
        "Saint-Denis", "Villeurbanne", "Metz", "Perpignan", "Annecy", "Pau", "Quimper", "Besançon",
    ];

    private static readonly string[] Devices =
    [
        "mon Nova X2", "le Pixelia 8", "mon Galaxo S24", "le Fone 15", "mon Redmix 13", "le Nova X3 Pro",
        "mon vieux Fone 11", "le Motia G84",
    ];

    private static readonly string[] EnglishDevices =
    [
        "my Nova X2", "the Pixelia 8", "my Galaxo S24", "the Fone 15", "my Redmix 13", "the Nova X3 Pro",
    ];

    private static readonly string[] NegativeEmoji = ["😡", "🤬", "😤", "🙄", "😩", "😭", "🤡", "👎", "💀", "😒", "🫠"];
    private static readonly string[] PositiveEmoji = ["👍", "😍", "🙌", "👏", "🔥", "💪", "😊", "✨", "🥳", "❤️", "💯"];
    private static readonly string[] NeutralEmoji = ["🤔", "📱", "📶", "🧐", "👀", "🙂"];

    private static readonly Dictionary<string, string[]> ThemeTags = new()
    {
        ["network"] = ["#panne", "#5G", "#réseau", "#4G", "#ZoneBlanche"],
        ["price"] = ["#forfait", "#prix", "#bonplan", "#facture"],
        ["customer-service"] = ["#SAV", "#ServiceClient", "#hotline"],
        ["fibre"] = ["#fibre", "#box", "#wifi"],
        ["green"] = ["#recyclage", "#climat", "#reconditionné", "#RSE"],
        ["innovation"] = ["#innovation", "#eSIM", "#tech"],
        ["sport"] = ["#rugby", "#foot", "#sport"],
    };

    private static readonly Dictionary<string, string[]> EnglishThemeTags = new()
    {
        ["network"] = ["#outage", "#5G", "#NoSignal"],
        ["price"] = ["#deals", "#mobileplan", "#billing"],
        ["customer-service"] = ["#CustomerService", "#support"],
        ["fibre"] = ["#broadband", "#fibre", "#wifi"],
        ["green"] = ["#sustainability", "#refurbished", "#climate"],
        ["innovation"] = ["#tech", "#eSIM", "#innovation"],
        ["sport"] = ["#rugby", "#football"],
    };

    private static readonly string[] Elongations =
        ["nul", "marre", "génial", "top", "enfin", "trop", "super", "so", "worst", "slow", "love", "merci", "please", "pitié", "lent"];

    private static readonly string[] FrenchShouts = ["INADMISSIBLE", "HONTEUX", "SCANDALEUX", "RIDICULE", "N'IMPORTE QUOI", "STOP"];
    private static readonly string[] EnglishShouts = ["UNACCEPTABLE", "RIDICULOUS", "SHAMEFUL", "ENOUGH"];

    // Tags that announce a problem; a happy post does not carry them.
    private static readonly HashSet<string> ProblemTags = new(StringComparer.Ordinal)
    {
        "#panne", "#ZoneBlanche", "#facture", "#SAV", "#outage", "#NoSignal", "#billing",
    };

    /// <summary>Renders a template, followed by <paramref name="extra"/> as a second sentence when given.</summary>
    public string Render(Template template, BrandProfile? brand, BrandProfile? second, Channel channel, string theme, Template? extra = null)
    {
        var lang = template.Lang;
        var text = Fill(template.Text, lang, brand, second, channel, template.Tone);
        if (extra is not null)
        {
            var last = text[^1];
            text += (char.IsLetterOrDigit(last) ? ". " : " ") + Fill(extra.Text, lang, brand, second, channel, template.Tone);
        }
        if (channel != Channel.Social)
        {
            return text;
        }
        return Noise(text, lang, brand, theme, template.Tone);
    }

    private string Fill(string text, string lang, BrandProfile? brand, BrandProfile? second, Channel channel, Tone tone) =>
        Slots().Replace(text, m => Slot(m.Groups[1].Value, lang, brand, second, channel, tone));

    private string Slot(string name, string lang, BrandProfile? brand, BrandProfile? second, Channel channel, Tone tone) => name switch
    {
        "B" => Surface(brand ?? BrandProfile.Mandarine, channel, tone),
        "B2" => Surface(second ?? BrandProfile.Vireo, channel, tone),
        "Bname" => (brand ?? BrandProfile.Mandarine).Name,
        "B2name" => (second ?? BrandProfile.Vireo).Name,
        "handle" => random.Pick((brand ?? BrandProfile.Mandarine).Handles),
        "app" => (brand ?? BrandProfile.Mandarine).AppName,
        "box" => (brand ?? BrandProfile.Mandarine).BoxName,
        "offer" => random.Pick(lang == "fr" ? (brand ?? BrandProfile.Mandarine).Offers : (brand ?? BrandProfile.Mandarine).EnglishOffers),
        "city" => random.Pick(Cities),
        "device" => lang == "fr" ? random.Pick(Devices) : random.Pick(EnglishDevices),
        "n" => random.Next(2, 10).ToString(CultureInfo.InvariantCulture),
        "N" => random.Next(15, 95).ToString(CultureInfo.InvariantCulture),
        "gb" => random.Pick(new[] { "20", "40", "60", "80", "100", "130", "150", "200" }),
        "price" => Price(lang),
        "dur" => Duration(lang),
        // Every template that names an hour speaks of the evening (outages, slow fibre at peak time, night works).
        "hour" => lang == "fr" ? $"{random.Next(20, 24)}h{random.Pick(new[] { "", "30", "15", "45" })}" : $"{random.Next(8, 12)}pm",
        "eneg" => random.Pick(NegativeEmoji),
        "epos" => random.Pick(PositiveEmoji),
        "eneu" => random.Pick(NeutralEmoji),
        "url" => $"https://{random.Pick(new[] { "example.org", "example.com", "media.example.org", "img.example.com" })}/{Token(8)}",
        "user" => $"@{random.Pick(new[] { "manu", "sandrine", "yoyo", "lisa", "mathis", "dave", "jen", "karine", "bob", "nina" })}_{random.Next(10, 99)}",
        _ => throw new InvalidOperationException($"Unknown slot {{{name}}}."),
    };

    private string Surface(BrandProfile brand, Channel channel, Tone tone)
    {
        if (channel != Channel.Social)
        {
            return random.Chance(0.1) ? random.Pick(brand.LongForms) : brand.Name;
        }
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.64 => brand.Name,
            < 0.78 => random.Pick(brand.Handles),
            < 0.86 => random.Pick(brand.Hashtags),
            < 0.93 => brand.Name.ToLowerInvariant(),
            < 0.97 => random.Pick(brand.LongForms),
            _ => tone == Tone.Negative ? brand.Name.ToUpperInvariant() : brand.Name,
        };
    }

    private string Price(string lang)
    {
        var euros = random.Next(5, 60);
        var cents = random.Pick(new[] { "99", "99", "49", "00" });
        return lang == "fr" ? $"{euros},{cents} €" : $"€{euros}.{cents}";
    }

    private string Duration(string lang)
    {
        var n = random.Next(2, 6);
        var unit = random.Next(3);
        return lang == "fr"
            ? unit switch { 0 => $"{n} jours", 1 => $"{n} semaines", _ => $"{n * 10} minutes" }
            : unit switch { 0 => $"{n} days", 1 => $"{n} weeks", _ => $"{n * 10} minutes" };
    }

    private string Token(int length)
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyz23456789";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }
        return builder.ToString();
    }

    private string Noise(string text, string lang, BrandProfile? brand, string theme, Tone tone)
    {
        if (random.Chance(0.07))
        {
            text = Typo(text);
        }
        if (random.Chance(tone == Tone.Neutral ? 0.02 : 0.09))
        {
            text = Elongate(text);
        }
        if (tone == Tone.Negative && random.Chance(0.06))
        {
            text = text.Length < 90 ? text.ToUpperInvariant() : $"{random.Pick(lang == "fr" ? FrenchShouts : EnglishShouts)}. {text}";
        }
        var tail = new List<string>();
        if (random.Chance(0.12))
        {
            tail.Add(tone switch
            {
                Tone.Negative => random.Pick(NegativeEmoji),
                Tone.Positive => random.Pick(PositiveEmoji),
                _ => random.Pick(NeutralEmoji),
            });
        }
        if (random.Chance(0.16))
        {
            var tags = lang == "fr" ? ThemeTags : EnglishThemeTags;
            if (tags.TryGetValue(theme, out var themeTags))
            {
                var tag = random.Pick(themeTags);
                if (tone == Tone.Negative || !ProblemTags.Contains(tag))
                {
                    tail.Add(tag);
                }
            }
        }
        if (brand is not null && random.Chance(0.08) && !text.Contains('#'))
        {
            tail.Add(random.Pick(brand.Hashtags));
        }
        if (random.Chance(0.05))
        {
            tail.Add(Slot("url", lang, brand, null, Channel.Social, tone));
        }
        return tail.Count == 0 ? text : $"{text} {string.Join(' ', tail)}";
    }

    // Swaps two letters inside one ordinary word; brand names, tags and links are left alone.
    private string Typo(string text)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length)
            .Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)
                && BrandProfile.All.All(b => !words[i].Contains(b.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        if (candidates.Length == 0)
        {
            return text;
        }
        var index = random.Pick(candidates);
        var chars = words[index].ToCharArray();
        var at = random.Next(1, chars.Length - 1);
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        words[index] = new string(chars);
        return string.Join(' ', words);
    }

    private string Elongate(string text)
    {
        foreach (var word in Elongations.OrderBy(_ => random.Next()))
        {
            var match = Regex.Match(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase);
            if (!match.Success)
            {
                continue;
            }
            var vowel = match.Value.LastIndexOfAny("aeiouyéAEIOUY".ToCharArray());
            if (vowel < 0)
            {
                continue;
            }
            var stretched = match.Value[..(vowel + 1)] + new string(match.Value[vowel], random.Next(2, 5)) + match.Value[(vowel + 1)..];
            return text[..match.Index] + stretched + text[(match.Index + match.Length)..];
        }
        return text;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slots();
}
