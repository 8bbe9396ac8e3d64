using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace DanVanKb.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), with clipboard access,
/// and the folder screenshots go to (TestResults/screenshots under the test output).</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        this.playwright = playwright;
        this.browser = browser;
        Context = context;
    }

    /// <summary>Generous: a shared CI machine can stall a page for seconds.</summary>
    private const float Timeout = 30_000;

    public IBrowserContext Context { get; }

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<Browser> Launch(string baseUrl)
    {
        if (!File.Exists(BrowserFactAttribute.Chromium))
            throw new InvalidOperationException($"CI=true but there is no Chromium at {BrowserFactAttribute.Chromium}: install the Debian package 'chromium'.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "vi-VN",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = baseUrl });
        context.SetDefaultTimeout(Timeout);
        Directory.CreateDirectory(Screenshots);
        return new Browser(playwright, browser, context);
    }

    /// <summary>Waits until the page is at a URL matching <paramref name="url"/> and its document is complete.
    /// Both are polled: .NET Playwright's WaitForURLAsync waits for the load event, and once missed one that
    /// fired between its check of the page's state and its subscription (CI stalled 30 s on a loaded page).</summary>
    public static async Task Reached(IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = Timeout });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = Timeout });
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
