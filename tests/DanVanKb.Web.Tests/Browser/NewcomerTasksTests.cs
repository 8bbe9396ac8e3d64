using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace DanVanKb.Web.Tests.Browser;

/// <summary>The three tasks newcomers come with, walked in a real browser over the shared reports: staff
/// (which plans implement a resolution, at every level below it), a writer (the right number, date and
/// issuer of a document, then a draft checked), a trainer (the hierarchy from Trung ương down). Every page
/// is checked for server paths and for reports named by their number; the search, document and source
/// pages are saved as screenshots.</summary>
public class NewcomerTasksTests(ITestOutputHelper output)
{
    private static async Task<(LiveSite Site, Browser Browser, IPage Page, string[] ServerFolders)> Open()
    {
        var seeds = SharedSeeds.Find() ?? throw new InvalidOperationException("CI=true but ../shared/corpus/seeds is missing beside the repository");
        var site = await LiveSite.Start(new KnowledgeBase(_ => [seeds]));
        var browser = await Browser.Launch(site.BaseUrl);
        return (site, browser, await browser.Context.NewPageAsync(), [seeds, site.Kb.Root]);
    }

    private void Saved(params string[] names)
    {
        foreach (var name in names)
        {
            var file = Path.Combine(Browser.Screenshots, name + ".png");
            Assert.True(File.Exists(file), $"no screenshot {file}");
            output.WriteLine($"screenshot: {file}");
        }
    }

    [SeedsBrowserFact]
    public async Task Staff_find_the_plans_implementing_a_resolution_at_every_level_below_it()
    {
        var (site, browser, page, folders) = await Open();
        await using (site)
        await using (browser)
        {
            await page.GotoAsync(Routes.Home);
            await page.FillAsync("#home-q", "25-NQ/TW");
            await page.PressAsync("#home-q", "Enter");
            await Browser.Reached(page, new Regex("/tim-kiem"));
            await page.Locator(".symbol-matches").WaitForAsync();
            Assert.True(await PageChecks.NoServerPathAndReportsNamed(page, folders) > 0, "the passages citing it are named by their report");
            await Browser.Shot(page, "tasks-staff-1-search");

            await page.Locator($".symbol-matches a[href='{Routes.Document("25-NQ-TW-2013")}']").ClickAsync();
            await Browser.Reached(page, new Regex(Regex.Escape(Routes.Document("25-NQ-TW-2013")) + "$"));
            var levels = await page.Locator("#xuong-duoi .groups h4").AllInnerTextsAsync();
            Assert.Contains("Cấp tỉnh", levels);
            Assert.Contains("Cấp huyện", levels);
            Assert.Contains("Cấp xã", levels);
            Assert.True(await page.Locator("#down-tree li:has(> ul.tree) > a.implemented-by").CountAsync() > 0, "a plan that is itself implemented: two levels down");
            Assert.True(await PageChecks.NoServerPathAndReportsNamed(page, folders) > 0, "the reports citing it are named");
            await Browser.Shot(page, "tasks-staff-2-document");

            var evidence = page.Locator("#down-tree a.evidence-link").First;
            Assert.Matches("^(Báo cáo|Chỉ thị|Kế hoạch|Hướng dẫn|Chương trình|Công văn) (số|không số)", await evidence.GetAttributeAsync("title") ?? "");
            await evidence.ClickAsync();
            await Browser.Reached(page, new Regex("/nguon/.+#L\\d+$"));
            Assert.Matches("^Báo cáo (số|không số)", await page.Locator("h1#report-name").InnerTextAsync());
            Assert.True(await PageChecks.NoServerPathAndReportsNamed(page, folders) >= 0);
            await Browser.Shot(page, "tasks-staff-3-source");
        }
        Saved("tasks-staff-1-search", "tasks-staff-2-document", "tasks-staff-3-source");
    }

    [SeedsBrowserFact]
    public async Task A_writer_finds_the_right_number_date_and_issuer_and_checks_a_draft()
    {
        var (site, browser, page, folders) = await Open();
        await using (site)
        await using (browser)
        {
            await page.GotoAsync(Routes.Home);
            await page.FillAsync("#home-q", "33/CT-TTg");
            await page.PressAsync("#home-q", "Enter");
            await Browser.Reached(page, new Regex("/tim-kiem"));
            await page.Locator(".symbol-matches a.doc").First.ClickAsync();
            await Browser.Reached(page, new Regex("/van-ban/"));
            var citation = (await page.Locator("#citation").InnerTextAsync()).Trim();
            Assert.StartsWith("Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ", citation, StringComparison.Ordinal);
            Assert.DoesNotMatch(" và$", citation);
            Assert.True(await page.Locator("table.variants a.report-name").CountAsync() > 0, "the reports that wrote it are listed");
            Assert.True(await PageChecks.NoServerPathAndReportsNamed(page, folders) > 0);
            await Browser.Shot(page, "tasks-writer-1-document");

            await page.ClickAsync($"header nav a[href='{Routes.CheckPath}']");
            await Browser.Reached(page, new Regex(Regex.Escape(Routes.CheckPath) + "$"));
            await page.FillAsync("#draft", "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/12/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận, Ủy ban nhân dân huyện báo cáo như sau.");
            await page.ClickAsync(".check-form button[type=submit]");
            var wrongDate = page.Locator("li.finding[data-kind=WrongDate]");
            await wrongDate.WaitForAsync();
            Assert.Contains("26/11/2021", await wrongDate.InnerTextAsync(), StringComparison.Ordinal);
            await wrongDate.Locator("button.apply").ClickAsync();
            Assert.Contains("Chỉ thị số 33/CT-TTg ngày 26/11/2021", await page.InputValueAsync("#draft"), StringComparison.Ordinal);
            await page.ClickAsync(".check-form button[type=submit]");
            await page.Locator("li.finding[data-kind=Correct]").First.WaitForAsync();
            await PageChecks.NoServerPathAndReportsNamed(page, folders);
            await Browser.Shot(page, "tasks-writer-2-check");
        }
        Saved("tasks-writer-1-document", "tasks-writer-2-check");
    }

    [SeedsBrowserFact]
    public async Task A_trainer_browses_the_hierarchy_from_Trung_uong_down()
    {
        var (site, browser, page, folders) = await Open();
        await using (site)
        await using (browser)
        {
            await page.GotoAsync(Routes.Hierarchy());
            await page.Locator($".levels a[href='{Routes.Hierarchy("central")}']").ClickAsync();
            await Browser.Reached(page, new Regex("cap=central$"));
            await PageChecks.NoServerPathAndReportsNamed(page, folders);
            await Browser.Shot(page, "tasks-trainer-1-central");

            await page.Locator($"a.count-link[href='{Routes.Timeline("25-NQ-TW-2013")}']").ClickAsync();
            await Browser.Reached(page, new Regex("van-ban=25-NQ-TW-2013$"));
            var levels = await page.Locator("ol.timeline .tag.level").AllInnerTextsAsync();
            Assert.Contains(levels, l => l.StartsWith("Cấp tỉnh", StringComparison.Ordinal));
            Assert.Contains(levels, l => l.StartsWith("Cấp huyện", StringComparison.Ordinal));
            Assert.Contains(levels, l => l.StartsWith("Cấp xã", StringComparison.Ordinal));
            await PageChecks.NoServerPathAndReportsNamed(page, folders);
            await Browser.Shot(page, "tasks-trainer-2-timeline");

            // down to a commune's plan, and from it up again to the resolution, with the evidence in its report
            await page.Locator("ol.timeline li:has(.tag.level:text-matches('^Cấp xã')) a.doc").First.ClickAsync();
            await Browser.Reached(page, new Regex("/van-ban/"));
            Assert.True(await page.Locator("#len-tren a.implements").CountAsync() > 0, "the plan goes up to what it implements");
            await PageChecks.NoServerPathAndReportsNamed(page, folders);
            await Browser.Shot(page, "tasks-trainer-3-document");
            await page.Locator("#len-tren a.evidence-link").First.ClickAsync();
            await Browser.Reached(page, new Regex("/nguon/.+#L\\d+$"));
            Assert.Matches("^Báo cáo (số|không số)", await page.Locator("h1#report-name").InnerTextAsync());
            await PageChecks.NoServerPathAndReportsNamed(page, folders);
            await Browser.Shot(page, "tasks-trainer-4-source");
        }
        Saved("tasks-trainer-1-central", "tasks-trainer-2-timeline", "tasks-trainer-3-document", "tasks-trainer-4-source");
    }
}
