using Microsoft.Playwright;

namespace SocialListening.Api.Tests.Browser;

/// <summary>A fresh browser context on one dashboard, collecting script errors and CSP violations, with screenshots for review.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The browser logs the 400 of a query error and the 401 of a refused key that the tests provoke; anything
            // else logged as an error (a script error, a CSP violation) is a defect.
            if (message.Type == "error" && !message.Text.Contains("status of 400", StringComparison.Ordinal) && !message.Text.Contains("status of 401", StringComparison.Ordinal))
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <param name="locale">The browser's language (navigator.language), e.g. fr-FR; Chromium's default when null.</param>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri baseAddress, string path, string? locale = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1600 }, AcceptDownloads = true, Locale = locale });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var dashboard = new DashboardPage(context, page);
        await page.GotoAsync(new Uri(baseAddress, path).ToString());
        return dashboard;
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
