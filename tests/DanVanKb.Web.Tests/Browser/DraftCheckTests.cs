using System.Text.RegularExpressions;

using DanVanKb.Web.Tests.Checking;

namespace DanVanKb.Web.Tests.Browser;

public class DraftCheckTests
{
    /// <summary>A writer opens the checker from the navigation, pastes a draft with the resolution's day and
    /// month swapped, sees the finding, applies the corrections, and checks the corrected draft again.</summary>
    [BrowserFact]
    public async Task A_writer_checks_a_draft_and_applies_the_corrections()
    {
        await using var site = await LiveSite.Start(KnowledgeBase.FromTestCorpus());
        await using var browser = await Browser.Launch(site.BaseUrl);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(Routes.Home);
        await page.ClickAsync($"header nav a[href='{Routes.CheckPath}']");
        await Browser.Reached(page, new Regex(Regex.Escape(Routes.CheckPath) + "$"));

        await page.FillAsync("#draft", Drafts.ThreeErrors);
        await page.ClickAsync(".check-form button[type=submit]");
        var wrongDate = page.Locator("li.finding[data-kind=WrongDate]");
        await wrongDate.WaitForAsync();
        Assert.Contains("25-NQ/TW ban hành ngày 03/6/2013, không phải 06/3/2013", await wrongDate.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("li.finding").CountAsync());
        Assert.Equal(1, await page.Locator("li.finding[data-kind=Unknown]").CountAsync());
        await Browser.Shot(page, "check-1-findings");

        await wrongDate.Locator("button.apply").ClickAsync();
        var draft = await page.InputValueAsync("#draft");
        Assert.Contains("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("06/3/2013", draft, StringComparison.Ordinal);
        await page.Locator("li.finding[data-kind=WrongSymbolForm] button.apply").ClickAsync();
        draft = await page.InputValueAsync("#draft");
        Assert.Contains("Kế hoạch số 97-KH/TU ngày 05/8/2014", draft, StringComparison.Ordinal);
        Assert.Equal(Drafts.ThreeErrors.Replace("06/3/2013", "03/6/2013", StringComparison.Ordinal).Replace("97/KH-TU", "97-KH/TU", StringComparison.Ordinal), draft);
        Assert.True(await page.Locator("#recheck-note").IsVisibleAsync());
        await Browser.Shot(page, "check-2-applied");

        await page.ClickAsync(".check-form button[type=submit]");
        await page.Locator("li.finding[data-kind=Correct]").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("li.finding[data-kind=Correct]").CountAsync());
        Assert.Equal("0", (await page.Locator("#check-summary .error strong").InnerTextAsync()).Trim());
        await Browser.Shot(page, "check-3-rechecked");
    }
}
