using System.Text.RegularExpressions;

namespace DanVanKb.Web.Tests.Hostile;

/// <summary>The hostile reports come out of every page as text: encoded, links defused, direction
/// controls shown as ⟨U+…⟩ tokens (the HTML as served; the browser test runs it).</summary>
public partial class InertTextTests(HostileSiteFactory site) : IClassFixture<HostileSiteFactory>
{
    [GeneratedRegex(@"<script(?![^>]*src=""/static/)|<img|<svg(?! class=""diagram"")|<\w+(?:\s+[\w:-]+(?:=""[^""]*"")?)*\s+on\w+\s*=|href=""(?:javascript|data(?!:,"")|mailto):|href=""//|src=""(?!/static/)", RegexOptions.IgnoreCase)]
    private static partial Regex Live();

    [GeneratedRegex("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]")]
    private static partial Regex Direction();

    [Fact]
    public async Task Every_page_that_shows_the_hostile_text_serves_it_inert()
    {
        var client = site.CreateClient();
        var pages = HostileCorpus.Pages(site.Kb);
        var tokens = 0;
        foreach (var url in pages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            var live = Live().Match(html);
            Assert.False(live.Success, $"{url}: live markup at {live.Index}: {(live.Success ? html.Substring(Math.Max(0, live.Index - 80), 160) : "")}");
            Assert.False(Direction().IsMatch(html), $"{url}: a direction control is served as is");
            tokens += Regex.Count(html, "⟨U\\+20(?:2E|66|67|69|2C)⟩");
        }
        Assert.True(tokens > 10, $"direction controls shown as tokens: {tokens}");
    }

    [Fact]
    public async Task The_source_page_shows_the_payloads_as_text()
    {
        var client = site.CreateClient();
        var html = "";
        foreach (var source in HostileCorpus.Pages(site.Kb).Where(p => p.StartsWith("/nguon/", StringComparison.Ordinal)))
            html += await client.GetStringAsync(source);
        Assert.Contains("&lt;script&gt;window.__pwned=3&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("⟨U+202E⟩trên giấy⟨U+202C⟩", html, StringComparison.Ordinal);
        Assert.Contains("onerror=window.__pwned=4", html, StringComparison.Ordinal);
        Assert.Contains("và javascript:window.__pwned=7 và", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_twins_keep_the_text_exactly_as_stored()
    {
        var client = site.CreateClient();
        var json = await client.GetStringAsync("/api/documents/68-KH-UBND-2014");
        // data, not a page: the text exactly as the report has it, for programs to cite
        Assert.DoesNotContain("⟨U+", json, StringComparison.Ordinal);
        Assert.Contains(HostileCorpus.Rlo + "ẩn nội dung", json, StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned=15</script>", json, StringComparison.Ordinal);
    }
}
