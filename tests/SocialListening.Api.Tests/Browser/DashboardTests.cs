using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialListening.Api.Security;
using static Microsoft.Playwright.Assertions;

namespace SocialListening.Api.Tests.Browser;

/// <summary>Each dashboard in Chromium against the real API: load, click through, and check the numbers shown against the API.</summary>
public sealed class DashboardTests(ApiFixture api, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Percent(double x) => (100 * x).ToString("0", CultureInfo.InvariantCulture) + " %";

    private Task<DashboardPage> OpenAsync(string page, ApiRole role) =>
        DashboardPage.OpenAsync(browser.Require(), api.BaseAddress, $"{page}#key={Uri.EscapeDataString(api.Keys[role])}");

    [Fact]
    public async Task Brand_manager_sees_the_territory_share_of_voice_sentiment_and_trend_of_the_chosen_brand()
    {
        await using var dashboard = await OpenAsync("/brand.html", ApiRole.Viewer);
        var page = dashboard.Page;
        var mandarine = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/mandarine");
        var sov = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/share-of-voice?by=theme");

        await Expect(page.GetByTestId("alignment")).ToHaveTextAsync(Percent(mandarine.GetProperty("alignment").GetDouble()));
        await Expect(page.GetByTestId("brand-mentions")).ToHaveTextAsync(Count(mandarine.GetProperty("brand_mentions").GetInt64()));
        Assert.DoesNotMatch("[?&]key=", page.Url);
        await Expect(page.Locator("#sov svg text.label")).ToHaveCountAsync(sov.GetProperty("groups").GetArrayLength());
        await Expect(page.Locator("#sentiment svg rect.neg")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#emerging li.hot").First).ToContainTextAsync("Réseau");
        var topics = (await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/topics/mandarine")).GetProperty("report");
        var emerging = topics.GetProperty("topics").EnumerateArray().Where(t => t.GetProperty("emerging").GetBoolean()).ToArray();
        var gap = topics.GetProperty("topics").EnumerateArray().Where(t => t.GetProperty("territory_gap").GetBoolean()).ToArray();
        await Expect(page.GetByTestId("topics-emerging").Locator("li")).ToHaveCountAsync(emerging.Length);
        await Expect(page.GetByTestId("topics-emerging").Locator("li").First).ToContainTextAsync(emerging[0].GetProperty("label").GetString()!);
        Assert.NotEmpty(gap);
        await Expect(page.GetByTestId("topics-gap").Locator("li")).ToHaveCountAsync(gap.Length);
        await Expect(page.GetByTestId("topics-gap").Locator("li .suggestion").First).ToContainTextAsync(new Regex("^(Suggestion: add|Suggestion : ajouter)"));
        await Expect(page.Locator("#topics tbody tr")).ToHaveCountAsync(topics.GetProperty("topics").GetArrayLength());
        var trend = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/mandarine/trend");
        await Expect(page.Locator("#trend svg rect.bar")).ToHaveCountAsync(trend.GetProperty("points").GetArrayLength());
        await Expect(page.Locator("#sov-time svg polyline.series")).ToHaveCountAsync(3);
        await dashboard.ScreenshotAsync("brand");

        await page.Locator("select[name=brand]").SelectOptionAsync("vireo");
        var vireo = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/insights/territory/vireo");
        await Expect(page.Locator("#territory h2")).ToHaveTextAsync("Territory of Vireo");
        await Expect(page.GetByTestId("alignment")).ToHaveTextAsync(Percent(vireo.GetProperty("alignment").GetDouble()));
        await Expect(page.Locator("#sentiment .empty")).ToContainTextAsync("sentiment stage has not run");
        await Expect(page.GetByTestId("topics-missing")).ToContainTextAsync("sl topics --brand vireo");
        await Expect(page.Locator("[data-testid=role]")).ToHaveTextAsync("viewer");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task The_topics_panel_speaks_French_to_a_French_browser()
    {
        await using var dashboard = await DashboardPage.OpenAsync(browser.Require(), api.BaseAddress, $"/brand.html#key={Uri.EscapeDataString(api.Keys[ApiRole.Viewer])}", "fr-FR");
        var page = dashboard.Page;

        await Expect(page.Locator("#topics h2")).ToHaveTextAsync("Sujets : émergents, et hors du territoire");
        await Expect(page.GetByTestId("topics-gap").Locator("li .suggestion").First).ToContainTextAsync("Suggestion : ajouter");
        await page.Locator("select[name=brand]").SelectOptionAsync("kalix");
        await Expect(page.GetByTestId("topics-missing")).ToContainTextAsync("Lancez sl topics --brand kalix");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Analyst_searches_sees_errors_inline_filters_by_facet_and_exports()
    {
        await using var dashboard = await OpenAsync("/analyst.html", ApiRole.Analyst);
        var page = dashboard.Page;
        await Expect(page.GetByTestId("summary")).ToHaveTextAsync($"{Count(await api.CountAsync("*:*"))} mentions");

        var query = page.Locator("input[name=q]");
        await query.FillAsync("panne AND (");
        await query.PressAsync("Enter");
        await Expect(page.GetByTestId("query-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("query-error")).ToContainTextAsync("ends too early");
        await Expect(query).ToHaveAttributeAsync("aria-invalid", "true");

        await query.FillAsync("panne");
        await query.PressAsync("Enter");
        await Expect(page.GetByTestId("query-error")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("summary")).ToHaveTextAsync($"{Count(await api.CountAsync("panne"))} mentions");
        await Expect(page.Locator("article.mention")).ToHaveCountAsync(20);
        await Expect(page.GetByTestId("timeline").Locator("svg rect.bar")).Not.ToHaveCountAsync(0);
        await page.Locator("button.more").ClickAsync();
        await Expect(page.Locator("article.mention")).ToHaveCountAsync(40);

        await page.Locator("[data-facet=brand] input[value=vireo]").CheckAsync();
        var vireo = await api.CountAsync("panne AND brand:vireo");
        await Expect(page.GetByTestId("summary")).ToHaveTextAsync($"{Count(vireo)} mentions");
        await Expect(page.Locator("article.mention")).ToHaveCountAsync((int)Math.Min(20, vireo));
        await Expect(page.Locator("button.more")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-facet=brand] input[value=mandarine]")).Not.ToBeCheckedAsync();
        await dashboard.ScreenshotAsync("analyst");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export=csv]").ClickAsync());
        Assert.Equal("mentions.csv", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(vireo + 1, csv.Length);
        await Expect(page.GetByTestId("export-status")).ToContainTextAsync("Exported");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Mention_text_is_shown_as_text_never_run_as_markup()
    {
        await using var dashboard = await OpenAsync("/analyst.html?q=id:t-low", ApiRole.Analyst);
        var page = dashboard.Page;
        var card = page.Locator("article.mention[data-id='triage-test/t-low']");

        await Expect(card.Locator("p.text")).ToContainTextAsync("<img src=x onerror=");
        await Expect(card.Locator("img")).ToHaveCountAsync(0);
        Assert.NotEqual("pwned", await page.TitleAsync());
        await Expect(card.Locator("a.open")).ToHaveAttributeAsync("href", "https://example.org/t-low");
        await Expect(card.Locator(".score").First).ToHaveTextAsync(new Regex("^sentiment: negative"));
    }

    [Fact]
    public async Task Community_manager_works_the_queue_in_one_click_and_sees_the_spikes()
    {
        await using var dashboard = await OpenAsync("/community.html", ApiRole.CommunityManager);
        var page = dashboard.Page;
        await page.Locator("select[name=brand]").SelectOptionAsync("mandarine");
        var first = page.Locator("#queue article.mention").First;
        await Expect(first).ToHaveAttributeAsync("data-id", "triage-test/t-high");
        await Expect(first.Locator(".reasons li").First).ToHaveTextAsync("reach: 12k followers");
        await Expect(first.Locator(".risk b")).ToHaveTextAsync("risk 91 %");
        await Expect(page.Locator(".spike-row")).ToHaveCountAsync(1);
        await Expect(page.Locator(".spike-row .badge")).Not.ToHaveTextAsync("0 spike hours");
        await Expect(page.GetByTestId("spikes").Locator("svg rect.bar.hot")).Not.ToHaveCountAsync(0);
        // The strongest spike first, explained by what grew: the outage.
        await Expect(page.GetByTestId("spikes").Locator("td.why").First).ToContainTextAsync("panne réseau");
        await dashboard.ScreenshotAsync("community");

        await first.Locator("button[data-action=acknowledge]").ClickAsync();
        await Expect(page.Locator("#queue article[data-id='triage-test/t-high'] [data-testid=status]")).ToContainTextAsync("acknowledged");
        await page.Locator("#queue article[data-id='triage-test/t-high'] button[data-action=resolve]").ClickAsync();
        await Expect(page.Locator("#queue article[data-id='triage-test/t-high']")).ToHaveCountAsync(0);

        var all = await api.Client(ApiRole.Viewer).OkJsonAsync("/api/triage/queue?q=id:t-high&status=all");
        Assert.Equal("resolved", all.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Every_dashboard_speaks_French_to_a_French_browser_and_the_language_button_switches_to_English()
    {
        var key = Uri.EscapeDataString(api.Keys[ApiRole.CommunityManager]);
        await using var dashboard = await DashboardPage.OpenAsync(browser.Require(), api.BaseAddress, $"/community.html#key={key}", "fr-FR");
        var page = dashboard.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Triage communautaire");
        await Expect(page.Locator("#queue h2")).ToHaveTextAsync("File de triage");
        await Expect(page.Locator("#spikes h2")).ToHaveTextAsync("Pics");
        await Expect(page.Locator("button[data-action=acknowledge]").First).ToHaveTextAsync("Prendre en compte");
        await Expect(page.Locator("#queue .risk b").First).ToContainTextAsync("risque");

        await page.GotoAsync(new Uri(api.BaseAddress, "/analyst.html").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Recherche et analyse");
        await Expect(page.Locator("[data-facet=stage] h3")).ToHaveTextAsync("Étape du parcours");
        await Expect(page.Locator("button[type=submit]")).ToHaveTextAsync("Rechercher");

        await page.GotoAsync(new Uri(api.BaseAddress, "/brand.html").ToString());
        await Expect(page.Locator("#territory h2")).ToHaveTextAsync("Territoire de Mandarine");
        await Expect(page.Locator("#sov h2")).ToHaveTextAsync("Part de voix par thème, face aux concurrents");

        await page.GetByTestId("language").ClickAsync();
        await Expect(page.Locator("#territory h2")).ToHaveTextAsync("Territory of Mandarine");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GotoAsync(new Uri(api.BaseAddress, "/community.html").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Community triage");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Without_a_key_the_page_asks_for_one_and_explains_a_refusal()
    {
        await using var dashboard = await DashboardPage.OpenAsync(browser.Require(), api.BaseAddress, "/community.html");
        var page = dashboard.Page;
        var key = page.Locator("input[name=key]");

        await key.FillAsync("sl_00000000_wrong");
        await key.PressAsync("Enter");
        await Expect(page.Locator(".login .error")).ToContainTextAsync("not valid");

        await page.Locator("input[name=key]").FillAsync(api.Keys[ApiRole.Viewer]);
        await page.Locator("input[name=key]").PressAsync("Enter");
        await Expect(page.GetByTestId("role")).ToHaveTextAsync("viewer");
        await Expect(page.GetByTestId("queue")).ToContainTextAsync("complaints or negative mentions");
        // A viewer sees the queue but gets no action buttons.
        await Expect(page.Locator("button[data-action]")).ToHaveCountAsync(0);
        Assert.Empty(dashboard.Errors);
    }
}
