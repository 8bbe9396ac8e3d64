using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace DanVanKb.Web.Tests.Browser;

/// <summary>A newcomer's path through the site: home → search `dan van kheo` → filter by type → open a
/// document → follow an "implemented by" link down two levels → open the evidence sentence in the source →
/// copy the citation. Returns what it visited, for the caller's assertions.</summary>
public static partial class NewcomerPath
{
    public sealed record Visit(string Level1Href, string Level2Href, string EvidenceUrl, string EvidenceLine, string Citation, string Copied);

    /// <summary>Like a guide at the newcomer's side: which type to filter by and which document to open so
    /// that the walk can go down two levels (read from the JSON twins, so the clicks stay the user's).</summary>
    private static async Task<(string Type, string Slug)> ChooseDocument(IPage page, string q)
    {
        var search = await Json(page, Routes.ApiSearch(q));
        foreach (var type in search.GetProperty("facets").GetProperty("type").EnumerateArray().Select(t => t.GetProperty("value").GetString()!))
        {
            var filtered = await Json(page, Routes.ApiSearch(q) + "&type=" + Uri.EscapeDataString(type));
            var slugs = filtered.GetProperty("hits").EnumerateArray()
                .SelectMany(h => h.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("slug").GetString()!)
                    .Concat(h.GetProperty("kind").GetString() == "document" ? [h.GetProperty("url").GetString()!["/van-ban/".Length..]] : []))
                .Distinct();
            foreach (var slug in slugs)
            {
                var tree = await Json(page, Routes.ApiTree(slug));
                if (tree.GetProperty("down").GetProperty("children").EnumerateArray().Any(c => c.GetProperty("children").GetArrayLength() > 0))
                    return (type, slug);
            }
        }
        throw new InvalidOperationException($"no document in the results for '{q}' has implementations two levels down");
    }

    private static async Task<System.Text.Json.JsonElement> Json(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        return System.Text.Json.JsonDocument.Parse(await response.TextAsync()).RootElement;
    }

    public static async Task<Visit> Walk(IPage page, string prefix)
    {
        await page.GotoAsync("/");
        await Browser.Shot(page, prefix + "-1-home");
        await page.FillAsync("#home-q", "dan van kheo");
        await page.PressAsync("#home-q", "Enter");
        await Browser.Reached(page, new Regex("/tim-kiem"));
        await page.Locator("mark").First.WaitForAsync();
        await Browser.Shot(page, prefix + "-2-search");

        // filter by type, then open a document of that type that has implementations two levels down
        var (type, slug) = await ChooseDocument(page, "dan van kheo");
        await page.Locator(".facet[data-facet=loai] a", new PageLocatorOptions { HasTextRegex = new Regex("^" + Regex.Escape(type) + "$") }).First.ClickAsync();
        await Browser.Reached(page, new Regex("loai="));
        await Browser.Shot(page, prefix + "-3-filtered");
        await page.Locator($".results a[href='{Routes.Document(slug)}']").First.ClickAsync();
        await Browser.Reached(page, new Regex(Regex.Escape(Routes.Document(slug)) + "$"));
        await Browser.Shot(page, prefix + "-4-document");

        // down two levels: a document implementing it that is itself implemented, then one implementing that
        var level1 = page.Locator("#down-tree > li:has(> ul.tree) > a.implemented-by").First;
        var level1Href = (await level1.GetAttributeAsync("href"))!;
        await level1.ClickAsync();
        await Browser.Reached(page, new Regex(Regex.Escape(level1Href) + "$"));
        await Browser.Shot(page, prefix + "-5-level1");
        var level2 = page.Locator("#down-tree > li > a.implemented-by").First;
        var level2Href = (await level2.GetAttributeAsync("href"))!;
        await level2.ClickAsync();
        await Browser.Reached(page, new Regex(Regex.Escape(level2Href) + "$"));
        await Browser.Shot(page, prefix + "-6-level2");

        // the evidence that it implements the level above, in its source
        var evidence = page.Locator($"#len-tren li:has(> a[href='{level1Href}']) > .evidence a.evidence-link").First;
        await evidence.ClickAsync();
        await Browser.Reached(page, new Regex("/nguon/.+#L\\d+$"));
        var evidenceUrl = page.Url;
        var anchor = page.Url[(page.Url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var line = page.Locator($"[id='{anchor}']");
        await line.WaitForAsync();
        var evidenceLine = await line.InnerTextAsync();
        await Browser.Shot(page, prefix + "-7-evidence");

        // back to the document, copy its citation
        await page.GoBackAsync();
        await Browser.Reached(page, new Regex(Regex.Escape(level2Href) + "$"));
        var citation = (await page.Locator("#citation").InnerTextAsync()).Trim();
        await page.ClickAsync("button[data-copy=citation]");
        await page.Locator("button.copied").WaitForAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        await page.GotoAsync(Routes.Hierarchy());
        await Browser.Shot(page, prefix + "-8-hierarchy");
        await page.GotoAsync(Routes.Timeline("25-NQ-TW-2013"));
        await Browser.Shot(page, prefix + "-9-timeline");
        return new Visit(level1Href, level2Href, evidenceUrl, evidenceLine, citation, copied);
    }
}
