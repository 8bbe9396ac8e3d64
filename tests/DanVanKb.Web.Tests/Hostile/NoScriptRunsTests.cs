using DanVanKb.Web.Tests.Browser;

using Microsoft.Playwright;

namespace DanVanKb.Web.Tests.Hostile;

/// <summary>In Chromium, every page showing the hostile reports (and the checker with the payloads pasted):
/// no dialog, no console error, no page error, no CSP violation, window.__pwned never set, no element with
/// an on* handler, no javascript:/data: link, and no direction control left in the visible text. Then the
/// CSP itself: an inline script added to a page does not run.</summary>
public class NoScriptRunsTests
{
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    private const string Inspect = """
        () => {
          const clone = document.body.cloneNode(true);
          clone.querySelectorAll('textarea').forEach(t => t.remove());
          const all = [...document.querySelectorAll('*')];
          return {
            pwned: typeof window.__pwned,
            violations: window.__violations.length,
            handlers: all.filter(el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
            badLinks: [...document.querySelectorAll('[href],[src]')].map(el => el.getAttribute('href') ?? el.getAttribute('src'))
              .filter(u => /^\s*(javascript|data|vbscript):/i.test(u) && u !== 'data:,').length,
            images: document.querySelectorAll('img, iframe, object, embed').length,
            controls: /[\u202A-\u202E\u2066-\u2069]/.test(clone.innerText),
            tokens: (clone.innerText.match(/⟨U\+20(2E|66|67|69|2C)⟩/g) || []).length,
          };
        }
        """;

    [BrowserFact]
    public async Task No_script_from_a_report_runs_on_any_page()
    {
        await using var site = await LiveSite.Start(HostileCorpus.Build());
        await using var browser = await Tests.Browser.Browser.Launch(site.BaseUrl);
        await browser.Context.AddInitScriptAsync(Watch);
        var page = await browser.Context.NewPageAsync();
        var problems = new List<string>();
        page.Dialog += (_, d) => { problems.Add("dialog: " + d.Message); _ = d.DismissAsync(); };
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);

        var tokens = 0;
        var pages = HostileCorpus.Pages(site.Kb);
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            await HoverLinks(page);
            tokens += await Check(page, url);
        }

        await page.GotoAsync(Routes.CheckPath);
        await page.FillAsync("#draft", HostileCorpus.Draft);
        await page.ClickAsync(".check-form button[type=submit]");
        await page.Locator("li.finding").First.WaitForAsync();
        await HoverLinks(page);
        tokens += await Check(page, Routes.CheckPath);
        Assert.Equal(HostileCorpus.Draft.Trim(), (await page.InputValueAsync("#draft")).Trim());
        await Tests.Browser.Browser.Shot(page, "hostile-check");

        Assert.Empty(problems);
        Assert.True(tokens > 10, $"direction controls shown as tokens: {tokens}");

        // the second line of defence: the policy refuses an inline script even if one got into a page
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__pwned = 99'; document.body.appendChild(s); }");
        await page.WaitForTimeoutAsync(200);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.True(await page.EvaluateAsync<int>("() => window.__violations.length") >= 1, "the CSP did not report the inline script");
    }

    private static async Task HoverLinks(IPage page)
    {
        foreach (var link in (await page.Locator("main a, main mark, main p").AllAsync()).Take(40))
            if (await link.IsVisibleAsync()) await link.HoverAsync(new LocatorHoverOptions { Timeout = 2000, Force = true });
    }

    private static async Task<int> Check(IPage page, string url)
    {
        var r = await page.EvaluateAsync<Inspection>(Inspect);
        Assert.True(r.Pwned == "undefined", $"{url}: a payload ran (window.__pwned is {r.Pwned})");
        Assert.True(r.Violations == 0, $"{url}: {r.Violations} CSP violations (markup got through the encoding)");
        Assert.True(r.Handlers == 0, $"{url}: {r.Handlers} elements with an on* handler");
        Assert.True(r.BadLinks == 0, $"{url}: {r.BadLinks} javascript:/data: links");
        Assert.True(r.Images == 0, $"{url}: {r.Images} images or frames");
        Assert.False(r.Controls, $"{url}: a direction control in the visible text");
        return r.Tokens;
    }

    private sealed class Inspection
    {
        public string Pwned { get; set; } = "";

        public int Violations { get; set; }

        public int Handlers { get; set; }

        public int BadLinks { get; set; }

        public int Images { get; set; }

        public bool Controls { get; set; }

        public int Tokens { get; set; }
    }
}
