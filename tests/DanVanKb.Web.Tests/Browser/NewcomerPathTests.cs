using System.Diagnostics;

using Xunit.Abstractions;

namespace DanVanKb.Web.Tests.Browser;

public class NewcomerPathTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_newcomer_goes_from_search_to_the_evidence_and_copies_the_citation()
    {
        await using var site = await LiveSite.Start(KnowledgeBase.FromTestCorpus());
        await using var browser = await Browser.Launch(site.BaseUrl);
        var page = await browser.Context.NewPageAsync();
        var visit = await NewcomerPath.Walk(page, "test-corpus");
        Assert.Equal("/van-ban/18-CTr-TU-2013", visit.Level1Href);
        Assert.Equal("/van-ban/45-KH-HU-2013", visit.Level2Href);
        Assert.Contains("18-CTr/TU", visit.EvidenceLine, StringComparison.Ordinal);
        Assert.StartsWith("Kế hoạch số 45-KH/HU ngày 05/9/2013", visit.Citation, StringComparison.Ordinal);
        Assert.Equal(visit.Citation, visit.Copied);
        Assert.True(File.Exists(Path.Combine(Browser.Screenshots, "test-corpus-4-document.png")));
    }

    [SeedsBrowserFact]
    public async Task The_same_path_works_on_the_shared_reports_and_every_page_answers()
    {
        var seeds = SharedSeeds.Find() ?? throw new InvalidOperationException("CI=true but ../shared/corpus/seeds is missing beside the repository");
        await using var site = await LiveSite.Start(new KnowledgeBase(_ => [seeds]));
        await using var browser = await Browser.Launch(site.BaseUrl);
        var page = await browser.Context.NewPageAsync();
        var visit = await NewcomerPath.Walk(page, "seeds");
        Assert.False(string.IsNullOrWhiteSpace(visit.EvidenceLine));
        Assert.Equal(visit.Citation, visit.Copied);

        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        foreach (var url in new[] { Routes.Home, Routes.Search("dan van kheo"), Routes.Search("25-NQ/TW"), Routes.Document("25-NQ-TW-2013"),
            visit.Level1Href, visit.Level2Href, visit.EvidenceUrl[visit.EvidenceUrl.IndexOf("/nguon/", StringComparison.Ordinal)..].Split('#')[0],
            Routes.Hierarchy(), Routes.Timeline("25-NQ-TW-2013") })
        {
            // speed is measured by bench/DanVanKb.Bench, not asserted here: a busy CI machine is no stopwatch
            var sw = Stopwatch.StartNew();
            (await http.GetAsync(url)).EnsureSuccessStatusCode();
            output.WriteLine($"{url}: {sw.Elapsed.TotalMilliseconds:F1} ms");
        }
    }
}
