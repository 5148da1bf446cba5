namespace DemoCorpus;

/// <summary>
/// Writes the month of conversation: everyday mentions of the three operators, then the events that make the
/// demo tell a story (Vireo's 5G launch, Kalix's growing billing thread, Mandarine's outage of 18 November).
/// </summary>
public sealed class CorpusGenerator(Random random, TemplateLibrary templates)
{
    private const int EverydayMentions = 2950;

    private readonly Renderer _renderer = new(random);
    private readonly Clock _clock = new(random);
    private readonly AuthorPool _authors = new(random);
    private readonly List<Draft> _drafts = [];

    public IReadOnlyList<Draft> Generate()
    {
        for (var i = 0; i < EverydayMentions; i++)
        {
            Everyday();
        }
        VireoLaunch();
        KalixBillingThread();
        MandarineOutage();
        Homonyms();
        return _drafts;
    }

    private string Lang(double french) => random.Chance(french) ? "fr" : "en";

    private void Everyday()
    {
        var lang = Lang(0.6);
        var roll = random.NextDouble();
        if (roll < 0.05)
        {
            var pair = BrandMix.Brands.Select(b => b.Brand).OrderBy(_ => random.Next()).Take(2).ToArray();
            Add(random.Pick(new[] { (Sources.Mastodon, 0.3), (Sources.Bluesky, 0.3), (Sources.Reddit, 0.3), (Sources.Import, 0.1) }),
                lang, _clock.Any(), "compare", null, null, pair[0], pair[1]);
            return;
        }
        if (roll < 0.09)
        {
            Add(random.Pick(Sources.Social), lang, _clock.Any(), "nobrand", null, null, null, null);
            return;
        }
        var brand = random.Pick(BrandMix.Brands);
        var source = random.Pick(Sources.Everyday);
        var theme = BrandMix.Theme(random, brand);
        var tone = BrandMix.Tone(random, brand, theme);
        var kind = source switch
        {
            Sources.Rss => "news",
            Sources.AppStore => "app",
            _ => "post",
        };
        // App reviews talk about the app itself (bills, account, bugs), so their theme comes from the template.
        Add(source, lang, _clock.Any(), kind, kind == "app" ? null : theme, tone, brand, null);
    }

    private void VireoLaunch()
    {
        // 5 November: Vireo switches on its 5G standalone network; the press and early adopters react.
        var from = Clock.Start.AddDays(11).AddHours(9);
        for (var i = 0; i < 3; i++)
        {
            Add(Sources.Rss, i == 2 ? "en" : "fr", _clock.Between(from, from.AddHours(3)), "vireonews", null, Tone.Neutral, BrandProfile.Vireo, null);
        }
        for (var i = 0; i < 45; i++)
        {
            var theme = random.Chance(0.7) ? "network" : "innovation";
            var tone = random.Pick(new[] { (Tone.Positive, 0.6), (Tone.Neutral, 0.33), (Tone.Negative, 0.07) });
            Add(random.Pick(Sources.Social), Lang(0.65), _clock.Burst(from, from.AddHours(13), 1.3), "post", theme, tone, BrandProfile.Vireo, null);
        }
    }

    private void KalixBillingThread()
    {
        // From the first week, Kalix customers find a charge they did not expect; the thread grows all month.
        for (var i = 0; i < 130; i++)
        {
            var source = random.Pick(new[] { (Sources.Mastodon, 0.25), (Sources.Bluesky, 0.25), (Sources.Reddit, 0.2), (Sources.Reviews, 0.2), (Sources.Import, 0.1) });
            Add(source, Lang(0.8), _clock.Growing(4, 1.6), "billing", null, Tone.Negative, BrandProfile.Kalix, null);
        }
    }

    private void MandarineOutage()
    {
        // 18 November, 18:04 Paris time: Mandarine's mobile network goes down nationally until late evening.
        var start = Clock.Start.AddDays(24).AddHours(18).AddMinutes(4);
        var end = Clock.Start.AddDays(24).AddHours(23);
        for (var i = 0; i < 250; i++)
        {
            var source = random.Pick(new[]
            {
                (Sources.Mastodon, 0.32), (Sources.Bluesky, 0.36), (Sources.Reddit, 0.14), (Sources.Import, 0.06),
                (Sources.AppStore, 0.06), (Sources.Reviews, 0.06),
            });
            var lang = Lang(0.8);
            var loud = i % 25 == 0;
            Add(source, lang, _clock.Burst(start, end, 1.15), "spike", null, Tone.Negative, BrandProfile.Mandarine, null,
                loud ? random.Pick(_authors.Loud(lang)) : null, outage: true);
        }
        for (var i = 0; i < 4; i++)
        {
            Add(Sources.Rss, i == 3 ? "en" : "fr", _clock.Between(start.AddMinutes(50), end), "spikenews", null, Tone.Negative,
                BrandProfile.Mandarine, null, outage: true);
        }
        // The morning after: leftovers, demands for compensation, the operator's explanation.
        var morning = Clock.Start.AddDays(25).AddHours(7);
        for (var i = 0; i < 60; i++)
        {
            var source = i % 15 == 0 ? Sources.Rss : random.Pick(Sources.Social);
            Add(source, Lang(0.75), _clock.Burst(morning, morning.AddHours(8), 1.4),
                source == Sources.Rss ? "afternews" : "after", null, null, BrandProfile.Mandarine, null);
        }
    }

    private void Homonyms()
    {
        // The fruit and the bird: texts that say the brand's name without meaning the brand.
        for (var i = 0; i < 30; i++)
        {
            Add(random.Pick(Sources.Social), Lang(0.75), _clock.Any(), "fruit", null, null, null, null);
        }
        for (var i = 0; i < 8; i++)
        {
            Add(random.Pick(Sources.Social), "en", _clock.Any(), "bird", null, null, null, null);
        }
    }

    private void Add(string source, string lang, DateTimeOffset at, string kind, string? theme, Tone? tone,
        BrandProfile? brand, BrandProfile? second, Author? author = null, bool outage = false)
    {
        if (theme is not null && !templates.Has(lang, kind, theme, tone))
        {
            theme = null;
        }
        var template = templates.Pick(random, lang, kind, theme, tone);
        var channel = Sources.ChannelOf(source);
        var extra = source is Sources.Reddit or Sources.Reviews or Sources.Import && random.Chance(0.55)
            && templates.Has(lang, "extra", null, template.Tone)
            ? templates.Pick(random, lang, "extra", null, template.Tone)
            : null;
        var text = _renderer.Render(template, brand, second, channel, template.Theme, extra);
        string? title = null;
        if (channel == Channel.News)
        {
            var parts = text.Split(" ## ", 2);
            (title, text) = (parts[0], parts.Length > 1 ? parts[1] : parts[0]);
        }
        else if (channel == Channel.Review)
        {
            title = _renderer.Render(templates.Pick(random, lang, "title", null, template.Tone), brand, null, channel, template.Theme);
        }
        author ??= channel == Channel.News ? AuthorPool.Outlet(random, lang) : _authors.Pick(random, lang, outage ? 0.02 : 0.004);
        var (likes, shares, replies) = Engagement(channel, author, template.Tone, outage);
        _drafts.Add(new Draft(source, lang, at, author, title, text, template.Tone, likes, shares, replies,
            channel == Channel.Review ? Rating(template.Tone) : null, Slug(title ?? text)));
    }

    private (long Likes, long Shares, long Replies) Engagement(Channel channel, Author author, Tone tone, bool outage)
    {
        if (channel == Channel.Review)
        {
            return ((long)random.LogNormal(1.5, 1.0), 0, random.Chance(0.3) ? 1 : 0);
        }
        var reach = Math.Max(0.6, Math.Sqrt(author.Followers) / 5);
        if (channel == Channel.News)
        {
            reach *= 4;
        }
        var likes = random.LogNormal(reach, 1.0);
        var shares = likes * random.LogNormal(outage ? 0.9 : 0.15, 0.7);
        var replies = likes * random.LogNormal(tone == Tone.Negative ? 0.35 : 0.15, 0.7);
        if (outage)
        {
            likes *= 2.2;
        }
        return ((long)likes, (long)shares, (long)replies);
    }

    private int Rating(Tone tone) => tone switch
    {
        Tone.Negative => random.Chance(0.72) ? 1 : 2,
        Tone.Neutral => random.Pick(new[] { (3, 0.6), (2, 0.2), (4, 0.2) }),
        _ => random.Chance(0.62) ? 5 : 4,
    };

    private static string Slug(string text)
    {
        var folded = text.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '\'' or '-') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length >= 48)
            {
                break;
            }
        }
        return builder.ToString().Trim('-');
    }
}
