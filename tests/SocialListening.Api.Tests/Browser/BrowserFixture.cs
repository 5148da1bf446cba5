using Microsoft.Playwright;

namespace SocialListening.Api.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (the driver ships in the package; no `playwright install`). When Chromium
/// is missing the browser tests skip with the reason, unless SL_REQUIRE_SYSTEM_TESTS=1 (CI), where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SL_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private string? _unavailable;

    public IBrowser? Browser { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("SL_REQUIRE_SYSTEM_TESTS") == "1";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set SL_CHROMIUM).";
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (Exception e) when (e is PlaywrightException or IOException or InvalidOperationException)
        {
            _unavailable = $"Chromium at {ChromiumPath} could not be started by Playwright: {e.Message}";
        }
    }

    /// <summary>The browser, or a skip (a failure in CI) saying why there is none.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }
        if (Required)
        {
            Assert.Fail("SL_REQUIRE_SYSTEM_TESTS=1 but the browser tests cannot run: " + _unavailable);
        }
        Assert.Skip(_unavailable!);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
