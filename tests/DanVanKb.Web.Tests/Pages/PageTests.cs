using System.Net;
using System.Text.RegularExpressions;

using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Tests.Pages;

public partial class PageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<string> Get(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string SourceOf(string file)
    {
        using var reader = new KbReader(site.Kb.Paths);
        return reader.Sources().Single(s => s.File.EndsWith(file, StringComparison.Ordinal)).Id;
    }

    [Fact]
    public async Task Home_shows_counts_and_the_most_implemented_central_documents()
    {
        var html = await Get(Routes.Home);
        Assert.Contains("báo cáo", html, StringComparison.Ordinal);
        Assert.Contains("Văn bản Trung ương được thực hiện nhiều nhất", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/van-ban/25-NQ-TW-2013\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dan van kheo")]
    [InlineData("dân vận khéo")]
    [InlineData("DÂN VẬN")]
    public async Task Search_finds_Dan_van_kheo_and_marks_the_words(string q)
    {
        var html = await Get(Routes.Search(q));
        Assert.Matches("<mark>Dân</mark>\\s*<mark>vận</mark>", html);
        Assert.Contains("data-facet=\"loai\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_by_type_keeps_only_that_type_and_links_passages_to_their_line()
    {
        var html = await Get(Routes.Search("dân vận khéo", type: "Kế hoạch"));
        Assert.Contains("× Bỏ lọc “Kế hoạch”", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/nguon/src-[0-9a-f]+#L\\d+\"", html);
    }

    [Theory]
    [InlineData("25-NQ/TW")]
    [InlineData("25/NQ-TW")]
    [InlineData("nq 25")]
    public async Task A_symbol_query_shows_the_document_first(string q)
    {
        var html = await Get(Routes.Search(q));
        var matches = html.IndexOf("Văn bản có số hiệu khớp", StringComparison.Ordinal);
        Assert.True(matches > 0);
        Assert.True(html.IndexOf("/van-ban/25-NQ-TW-2013", StringComparison.Ordinal) > matches);
    }

    [Theory]
    [InlineData("\"dân vận")]
    [InlineData("(((")]
    [InlineData("a:b:c/ \\")]
    public async Task A_malformed_query_gives_results_not_an_error(string q) => await Get(Routes.Search(q));

    [Fact]
    public async Task The_document_page_of_a_resolution_lists_the_programme_implementing_it_with_the_evidence_link()
    {
        var html = await Get(Routes.Document("25-NQ-TW-2013"));
        Assert.Contains("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI", html, StringComparison.Ordinal);
        var tree = html[html.IndexOf("id=\"down-tree\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/van-ban/18-CTr-TU-2013\"", tree, StringComparison.Ordinal);
        Assert.Contains($"href=\"/nguon/{SourceOf("01_tinh-uy.txt")}#L13\"", tree, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"diagram\"", html, StringComparison.Ordinal);
        Assert.Contains("Cấp huyện", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_page_goes_up_to_the_resolution_and_down_to_the_commune()
    {
        var html = await Get(Routes.Document("18-CTr-TU-2013"));
        var up = html[html.IndexOf("id=\"len-tren\"", StringComparison.Ordinal)..html.IndexOf("id=\"xuong-duoi\"", StringComparison.Ordinal)];
        Assert.Contains("/van-ban/25-NQ-TW-2013", up, StringComparison.Ordinal);
        var down = html[html.IndexOf("id=\"xuong-duoi\"", StringComparison.Ordinal)..];
        Assert.Contains("/van-ban/45-KH-HU-2013", down, StringComparison.Ordinal);
        Assert.Contains("/van-ban/12-KH-DU-2013", down, StringComparison.Ordinal);
        Assert.Contains("chỉ qua trích dẫn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_page_shows_every_mention_in_context()
    {
        var html = await Get(Routes.Document("45-KH-HU-2013"));
        Assert.Contains("<mark>Kế hoạch số 45-KH/HU</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/nguon/{SourceOf("03_dang-uy-xa.txt")}#L13\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_page()
    {
        var response = await client.GetAsync(Routes.Document("khong-co"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_page_anchors_each_line_and_links_each_citation()
    {
        var html = await Get(Routes.Source(SourceOf("02_huyen-uy.txt")));
        Assert.Contains("id=\"L13\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/van-ban/18-CTr-TU-2013\">Chương trình hành động số 18-CTr/TU</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_page_never_lets_report_text_run_script()
    {
        var html = await Get(Routes.Source(SourceOf("04_ubnd-xa.txt")));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hierarchy_lists_levels_and_the_timeline_lists_the_implementations()
    {
        var html = await Get(Routes.Hierarchy());
        foreach (var level in new[] { "Trung ương", "Cấp tỉnh", "Cấp huyện", "Cấp xã" }) Assert.Contains(level, html, StringComparison.Ordinal);
        var timeline = await Get(Routes.Timeline("25-NQ-TW-2013"));
        Assert.Contains("2013", timeline, StringComparison.Ordinal);
        Assert.Contains("/van-ban/12-KH-DU-2013", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await client.GetAsync(Routes.Home);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch(InlineScript(), await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
